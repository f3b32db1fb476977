package io.saola.crm.salesdata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An active contract was ended before its end date. */
public record ContractTerminated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String number, String accountId, String opportunityId, String orderId, String quoteId,
        String ownerId, String teamId, MoneyAmount value, LocalDate startDate, LocalDate endDate,
        LocalDate signedDate, String reason) implements DomainEvent {
}
