package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** An activity was edited, reassigned, deleted or restored; {@code changedFields} names what changed. */
public record ActivityUpdated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                              Instant occurredAt, String updatedBy, List<String> changedFields,
                              ActivityData activity) implements DomainEvent {
}
