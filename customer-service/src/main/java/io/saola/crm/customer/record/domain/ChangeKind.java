package io.saola.crm.customer.record.domain;

/** What a change did to a record, as its history shows it. */
public enum ChangeKind {
    CREATED, UPDATED, DELETED, RESTORED, MOVED
}
