package io.saola.crm.sales.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/**
 * A lead's conversion started (attempt 1) or is asked for again because no answer came in time (attempt 2, 3,
 * ... of the same {@code conversionId}): everything customer-service needs to create or fill the account and,
 * for B2B, the contact. {@code existingContactId} only comes with {@code existingAccountId}, for B2B.
 */
public record LeadConversionRequested(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
        Instant occurredAt, String conversionId, int attempt, String kind, String requestedBy, String ownerId,
        String teamId, String personName, String company, String title, String email, String mobile, String phone,
        PostalAddress address, String description, String source, String existingAccountId,
        String existingContactId) implements DomainEvent {
}
