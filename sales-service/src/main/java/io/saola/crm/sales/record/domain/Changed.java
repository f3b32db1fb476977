package io.saola.crm.sales.record.domain;

import java.util.List;

import io.saola.crm.platform.events.DomainEvent;

/**
 * The outcome of a change to an aggregate: its new state and the events it raised, stored together in one
 * write and published by the outbox. No events means nothing changed.
 */
public record Changed<T>(T state, List<DomainEvent> events) {

    public Changed {
        events = List.copyOf(events);
    }

    public static <T> Changed<T> nothing(T state) {
        return new Changed<>(state, List.of());
    }

    public boolean changedAnything() {
        return !events.isEmpty();
    }
}
