package io.saola.crm.sales.lead.messaging;

/**
 * The part of customer-service's {@code LeadConversionRejected.v1} this service reads: which conversion, and
 * why (a code such as ACCOUNT_NOT_FOUND and a message); other fields are ignored.
 */
record LeadConversionRejected(String leadId, String conversionId, String reason, String message) {
}
