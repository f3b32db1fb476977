package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/**
 * An activity now belongs to another record, as part of the move {@code operationId} (for instance a lead's
 * conversion), or back again when {@code reversal} is true (its compensation).
 */
public record ActivityMoved(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                            Instant occurredAt, String operationId, boolean reversal, RecordReference from,
                            RecordReference to) implements DomainEvent {
}
