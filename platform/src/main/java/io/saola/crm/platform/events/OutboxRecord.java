package io.saola.crm.platform.events;

import java.time.Instant;

/**
 * An event waiting to be published, stored inside the aggregate's document (see {@link HasOutbox}) and written
 * in the same single-document write as the state change that raised it. Carries everything the relay needs
 * to build the Kafka record, so publishing never has to load or understand the aggregate.
 *
 * @param eventId    the event's id; {@code ce_id}, and what the relay removes the record by once published
 * @param topic      Kafka topic
 * @param key        Kafka key: the aggregate id
 * @param type       {@code ce_type}, see {@link DomainEvent#typeOf}
 * @param source     {@code ce_source}: the publishing service ({@code spring.application.name})
 * @param subject    {@code ce_subject}: the aggregate id
 * @param workspace  {@code ce_tenantid}: the workspace slug
 * @param occurredAt {@code ce_time}
 * @param payload    the event as JSON
 */
public record OutboxRecord(String eventId, String topic, String key, String type, String source, String subject,
        String workspace, Instant occurredAt, String payload) {
}
