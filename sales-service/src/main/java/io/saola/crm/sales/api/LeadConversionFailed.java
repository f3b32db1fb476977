package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/**
 * A lead's conversion failed ({@code reason}: REJECTED, OPPORTUNITY_FAILED, TIMEOUT, SUPERSEDED) and the lead
 * went back to {@code restoredStatus}; customer-service undoes whatever it did for {@code conversionId}. Raised
 * again when an answer for a conversion that is over arrives late, so the compensation is never missed.
 */
public record LeadConversionFailed(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String conversionId, String reason, String message, String restoredStatus)
        implements DomainEvent {
}
