package io.saola.crm.customer.conversion.domain;

/** Why the customer side refuses a conversion; the codes of {@code LeadConversionRejected.reason}. */
public enum RejectionReason {
    ACCOUNT_NOT_FOUND, CONTACT_NOT_FOUND, CONTACT_NOT_OF_ACCOUNT, INVALID_LEAD_DATA
}
