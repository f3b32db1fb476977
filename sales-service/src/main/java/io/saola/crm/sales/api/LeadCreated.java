package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A lead was created, with its whole state. */
public record LeadCreated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String createdBy, LeadData lead) implements DomainEvent {
}
