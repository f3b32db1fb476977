package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A lead's conversion finished: the lead is CONVERTED, for good, and names what it became. */
public record LeadConverted(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String conversionId, String accountId, String contactId, String opportunityId,
        String convertedBy) implements DomainEvent {
}
