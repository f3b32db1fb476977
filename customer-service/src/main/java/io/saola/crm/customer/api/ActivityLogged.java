package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A call, meeting, note or task was logged on a record. */
public record ActivityLogged(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                             Instant occurredAt, String loggedBy, ActivityData activity) implements DomainEvent {
}
