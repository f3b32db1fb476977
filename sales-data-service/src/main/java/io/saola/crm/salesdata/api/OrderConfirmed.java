package io.saola.crm.salesdata.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An order was confirmed. */
public record OrderConfirmed(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String number, String quoteId, String accountId, String contactId, String opportunityId,
        String ownerId, String teamId, MoneyAmount total) implements DomainEvent {
}
