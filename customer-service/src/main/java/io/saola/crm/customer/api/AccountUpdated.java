package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An account's fields changed; {@code changedFields} names them, {@code account} is the state after. */
public record AccountUpdated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                             Instant occurredAt, String updatedBy, List<String> changedFields, AccountData account)
        implements DomainEvent {
}
