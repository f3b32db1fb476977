package io.saola.crm.sales.lead.messaging;

/**
 * The part of customer-service's {@code AccountCreatedForLead.v1} this service reads (docs/EVENTS.md,
 * "customer-service"); other fields are ignored.
 */
record AccountCreatedForLead(String leadId, String conversionId, String accountId, String contactId) {
}
