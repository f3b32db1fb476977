/**
 * sales-service's own view of the product catalogue, kept up to date from sales-data-service's product events
 * (never a synchronous call), so a lead can name the product it is interested in and suggest an opportunity.
 */
package io.saola.crm.sales.product;
