package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

public record ContactRestored(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                              Instant occurredAt, String restoredBy, ContactData contact) implements DomainEvent {
}
