package io.saola.crm.customer.activity.domain;

/** The kinds of record an activity can be about; leads, opportunities and tickets live in other services. */
public enum RelatedType {
    ACCOUNT, CONTACT, LEAD, OPPORTUNITY, TICKET
}
