/**
 * Saved filters of this service's lists (products, unit groups, price books, quotes, orders, contracts), on the
 * platform's saved filters; a list applies one with {@code savedFilter=<id>}.
 */
package io.saola.crm.salesdata.savedfilter;
