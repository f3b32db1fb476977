package io.saola.crm.sales.lead.messaging;

/** The part of customer-service's {@code LeadConversionCompensated.v1} this service logs. */
record LeadConversionCompensated(String leadId, String conversionId, boolean accountRemoved,
                                 boolean contactRemoved, int activitiesReturned) {
}
