package io.saola.crm.sales.events;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.test.kafka.CloudEventRecords;

/**
 * customer-service's side of the lead-conversion saga as it publishes it (its records, re-declared for these
 * tests only): on {@code crm.customer.conversion.v1}, keyed and identified by the conversion id.
 */
public final class CustomerConversionEvents {

    public static final String TOPIC = "crm.customer.conversion.v1";
    public static final String SOURCE = "customer-service";

    private CustomerConversionEvents() {
    }

    public record AccountCreatedForLead(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
            Instant occurredAt, String leadId, String conversionId, String accountId, String contactId,
            boolean accountCreated, boolean contactCreated, int activitiesMoved) implements DomainEvent {
    }

    public record LeadConversionRejected(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
            Instant occurredAt, String leadId, String conversionId, String reason, String message)
            implements DomainEvent {
    }

    public record LeadConversionCompensated(UUID eventId, String workspace, String aggregateId,
            long aggregateVersion, Instant occurredAt, String leadId, String conversionId, boolean accountRemoved,
            boolean contactRemoved, int fieldsRestored, int activitiesReturned) implements DomainEvent {
    }

    public static AccountCreatedForLead accountCreated(String workspace, String leadId, String conversionId,
                                                       String accountId, String contactId) {
        return new AccountCreatedForLead(UUID.randomUUID(), workspace, conversionId, 1, Instant.now(), leadId,
                conversionId, accountId, contactId, true, contactId != null, 2);
    }

    public static LeadConversionRejected rejected(String workspace, String leadId, String conversionId,
                                                  String reason, String message) {
        return new LeadConversionRejected(UUID.randomUUID(), workspace, conversionId, 1, Instant.now(), leadId,
                conversionId, reason, message);
    }

    public static LeadConversionCompensated compensated(String workspace, String leadId, String conversionId) {
        return new LeadConversionCompensated(UUID.randomUUID(), workspace, conversionId, 2, Instant.now(), leadId,
                conversionId, true, true, 0, 2);
    }

    public static ProducerRecord<String, String> record(DomainEvent event) {
        return CloudEventRecords.of(TOPIC, event, SOURCE);
    }
}
