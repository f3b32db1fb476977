package io.saola.crm.customer.record.domain;

import java.util.List;

import io.saola.crm.platform.events.DomainEvent;

/**
 * The outcome of a change to an aggregate: its new state, the events it raised (stored with it, published by
 * the outbox) and the field changes its history records.
 */
public record Changed<T>(T state, ChangeKind kind, List<DomainEvent> events, List<FieldChange> fieldChanges) {

    public Changed {
        events = List.copyOf(events);
        fieldChanges = List.copyOf(fieldChanges);
    }

    public boolean changedAnything() {
        return !fieldChanges.isEmpty() || kind != ChangeKind.UPDATED;
    }
}
