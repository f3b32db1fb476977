package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An opportunity was closed as won. */
public record OpportunityWon(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String fromStage, String wonBy, OpportunityData opportunity) implements DomainEvent {
}
