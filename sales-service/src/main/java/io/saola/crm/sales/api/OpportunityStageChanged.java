package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An open opportunity moved to another open stage. */
public record OpportunityStageChanged(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String fromStage, String toStage, String changedBy, OpportunityData opportunity) implements DomainEvent {
}
