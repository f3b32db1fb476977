package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A deleted opportunity was restored. */
public record OpportunityRestored(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String restoredBy, OpportunityData opportunity) implements DomainEvent {
}
