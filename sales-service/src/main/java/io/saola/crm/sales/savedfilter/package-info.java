/** Saved filters of this service's lists, on the platform's saved-filter store. */
package io.saola.crm.sales.savedfilter;
