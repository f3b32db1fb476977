package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/**
 * A lead's conversion could not be carried out on the customer side ({@code reason}: {@code ACCOUNT_NOT_FOUND},
 * {@code CONTACT_NOT_FOUND}, {@code CONTACT_NOT_OF_ACCOUNT}, {@code INVALID_LEAD_DATA}); nothing it made is left.
 */
public record LeadConversionRejected(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                                     Instant occurredAt, String leadId, String conversionId, String reason,
                                     String message) implements DomainEvent {
}
