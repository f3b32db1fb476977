package io.saola.crm.customer.api;

import java.time.Instant;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/**
 * What customer-service undid after a lead's conversion failed: the account and contact it created removed, the
 * fields it filled restored where they still held its values, the activities it moved returned to the lead.
 */
public record LeadConversionCompensated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                                        Instant occurredAt, String leadId, String conversionId,
                                        boolean accountRemoved, boolean contactRemoved, int fieldsRestored,
                                        int activitiesReturned) implements DomainEvent {
}
