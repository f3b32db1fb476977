package io.saola.crm.customer.activity.domain;

public enum CallDirection {
    INBOUND, OUTBOUND
}
