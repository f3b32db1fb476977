package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An activity was soft-deleted: gone from timelines, restorable by someone allowed to delete it. */
public record ActivityDeleted(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                              Instant occurredAt, String deletedBy) implements DomainEvent {
}
