package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An opportunity was closed as lost, with the reason. */
public record OpportunityLost(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String fromStage, String reason, String lostBy, OpportunityData opportunity) implements DomainEvent {
}
