package io.saola.crm.salesdata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A sent quote passed its validity date without an answer (the expiry sweep found it). */
public record QuoteExpired(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String number, int revision, String accountId, String contactId, String opportunityId,
        String ownerId, String teamId, MoneyAmount net, MoneyAmount vat, MoneyAmount total, LocalDate validUntil)
        implements DomainEvent {
}
