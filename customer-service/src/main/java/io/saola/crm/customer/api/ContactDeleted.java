package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A contact was soft-deleted: hidden from lists, restorable by someone allowed to delete. */
public record ContactDeleted(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                             Instant occurredAt, String deletedBy) implements DomainEvent {
}
