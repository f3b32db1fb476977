package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An opportunity was deleted; soft, so it can be restored. */
public record OpportunityDeleted(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String deletedBy) implements DomainEvent {
}
