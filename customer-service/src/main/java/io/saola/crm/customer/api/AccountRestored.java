package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

public record AccountRestored(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                              Instant occurredAt, String restoredBy, AccountData account) implements DomainEvent {
}
