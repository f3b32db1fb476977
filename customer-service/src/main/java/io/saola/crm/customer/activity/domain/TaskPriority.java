package io.saola.crm.customer.activity.domain;

public enum TaskPriority {
    LOW, NORMAL, HIGH, URGENT
}
