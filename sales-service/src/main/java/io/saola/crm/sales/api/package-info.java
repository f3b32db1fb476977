/**
 * sales-service's published contract: its topics and event records, which other services may read
 * (docs/EVENTS.md, "sales-service").
 */
package io.saola.crm.sales.api;
