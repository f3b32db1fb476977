package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A deleted lead was restored. */
public record LeadRestored(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String restoredBy, LeadData lead) implements DomainEvent {
}
