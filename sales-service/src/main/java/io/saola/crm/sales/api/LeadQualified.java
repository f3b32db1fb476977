package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A lead was judged worth converting. */
public record LeadQualified(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String qualifiedBy, LeadData lead) implements DomainEvent {
}
