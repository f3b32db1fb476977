/** What the conversion feature learns from sales-service's lead events: requested and failed conversions. */
package io.saola.crm.customer.conversion.messaging;
