package io.saola.crm.salesdata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An active contract reached its end date (the expiry sweep found it). */
public record ContractExpired(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String number, String accountId, String opportunityId, String orderId, String quoteId,
        String ownerId, String teamId, MoneyAmount value, LocalDate startDate, LocalDate endDate,
        LocalDate signedDate) implements DomainEvent {
}
