package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/**
 * The customer side of a lead's conversion is done: the lead's account (created, or an existing one whose empty
 * fields were filled) and for B2B its contact, with the lead's activities moved to the account. Aggregate: the
 * conversion ({@code aggregateId} = {@code conversionId}). Raised again, with the same ids, when the same
 * conversion is requested again.
 */
public record AccountCreatedForLead(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                                    Instant occurredAt, String leadId, String conversionId, String accountId,
                                    String contactId, boolean accountCreated, boolean contactCreated,
                                    int activitiesMoved) implements DomainEvent {
}
