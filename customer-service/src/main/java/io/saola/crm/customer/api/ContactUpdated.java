package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** A contact's fields changed; {@code changedFields} names them, {@code contact} is the state after. */
public record ContactUpdated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                             Instant occurredAt, String updatedBy, List<String> changedFields, ContactData contact)
        implements DomainEvent {
}
