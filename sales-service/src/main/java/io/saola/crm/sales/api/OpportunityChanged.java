package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/**
 * An opportunity's fields or owner changed (not its stage): the names of the changed fields and the whole new
 * state.
 */
public record OpportunityChanged(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, List<String> changedFields, String changedBy, OpportunityData opportunity) implements DomainEvent {
}
