package io.saola.crm.customer.conversion.messaging;

/**
 * The part of sales-service's {@code LeadConversionFailed.v1} this service reads: which conversion of which lead
 * ({@code aggregateId}) failed; the reason is sales-service's to record.
 */
record LeadConversionFailed(String workspace, String aggregateId, String conversionId, String reason) {

    static final String TYPE = "LeadConversionFailed.v1";
}
