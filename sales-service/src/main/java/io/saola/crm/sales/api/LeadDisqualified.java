package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A lead was judged not worth pursuing, with the reason given. */
public record LeadDisqualified(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String reason, String disqualifiedBy, LeadData lead) implements DomainEvent {
}
