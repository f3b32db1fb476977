package io.saola.crm.salesdata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** The customer rejected a sent quote (or it expired: reason EXPIRED). */
public record QuoteRejected(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String number, int revision, String accountId, String contactId, String opportunityId,
        String ownerId, String teamId, MoneyAmount net, MoneyAmount vat, MoneyAmount total, LocalDate validUntil,
        String reason) implements DomainEvent {
}
