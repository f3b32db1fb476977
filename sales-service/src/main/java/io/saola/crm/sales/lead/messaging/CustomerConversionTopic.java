package io.saola.crm.sales.lead.messaging;

/** customer-service's conversion topic (keyed by conversion id) and the answers on it this service reads. */
final class CustomerConversionTopic {

    static final String NAME = "crm.customer.conversion.v1";
    static final String ACCOUNT_CREATED = "AccountCreatedForLead.v1";
    static final String REJECTED = "LeadConversionRejected.v1";
    static final String COMPENSATED = "LeadConversionCompensated.v1";

    private CustomerConversionTopic() {
    }
}
