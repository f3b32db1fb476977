package io.saola.crm.customer.api;

/** The topics customer-service publishes to, one per aggregate, keyed by the aggregate id. */
public final class CustomerTopics {

    public static final String ACCOUNT = "crm.customer.account.v1";
    public static final String CONTACT = "crm.customer.contact.v1";
    public static final String ACTIVITY = "crm.customer.activity.v1";
    /** The customer side of lead conversions, keyed by the conversion id. */
    public static final String CONVERSION = "crm.customer.conversion.v1";

    private CustomerTopics() {
    }
}
