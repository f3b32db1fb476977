package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/**
 * A lead's fields, owner or working status changed (qualifying and disqualifying raise their own events); the
 * names of the changed fields and the whole new state.
 */
public record LeadChanged(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, List<String> changedFields, String changedBy, LeadData lead) implements DomainEvent {
}
