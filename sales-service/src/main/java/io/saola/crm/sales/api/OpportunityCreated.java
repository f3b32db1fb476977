package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An opportunity was created, with its whole state. */
public record OpportunityCreated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String createdBy, OpportunityData opportunity) implements DomainEvent {
}
