/**
 * The published contract of sales-data-service: event records and topic names other services and partners may
 * depend on (documented in docs/EVENTS.md).
 */
package io.saola.crm.salesdata.api;
