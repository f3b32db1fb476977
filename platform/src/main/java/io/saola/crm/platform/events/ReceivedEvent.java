package io.saola.crm.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * A consumed event: its CloudEvents attributes and its JSON payload, read from a Kafka record published by
 * the outbox relay (or any producer following {@link CloudEventHeaders}).
 *
 * <pre>{@code
 * @KafkaListener(topics = LeadTopics.LEAD, groupId = "customer-service")
 * void on(ConsumerRecord<String, String> record) {
 *     ReceivedEvent event = ReceivedEvent.from(record);
 *     if (event.is(LeadConversionRequested.class)) {
 *         inbox.processOnce("accounts-for-leads", event,
 *                 () -> creatingAccounts.forLead(event.payloadAs(LeadConversionRequested.class)));
 *     }
 * }
 * }</pre>
 */
public record ReceivedEvent(String id, String type, String source, Instant time, String subject,
        WorkspaceId workspace, String topic, String key, String payload) {

    public static ReceivedEvent from(ConsumerRecord<?, ?> record) {
        Headers headers = record.headers();
        WorkspaceId workspace = CloudEventHeaders.workspaceOf(headers);
        String id = CloudEventHeaders.read(headers, CloudEventHeaders.ID);
        String type = CloudEventHeaders.read(headers, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new UnreadableEventException("Record at " + position(record) + " lacks " + CloudEventHeaders.ID
                    + " or " + CloudEventHeaders.TYPE);
        }
        return new ReceivedEvent(id, type, CloudEventHeaders.read(headers, CloudEventHeaders.SOURCE),
                time(CloudEventHeaders.read(headers, CloudEventHeaders.TIME), record),
                CloudEventHeaders.read(headers, CloudEventHeaders.SUBJECT), workspace, record.topic(),
                record.key() == null ? null : record.key().toString(), text(record.value()));
    }

    /** Whether this is an event of the given class (compares type names, see {@link DomainEvent#typeOf}). */
    public boolean is(Class<? extends DomainEvent> eventClass) {
        return type.equals(DomainEvent.typeOf(eventClass));
    }

    /** The payload mapped to a type; an unreadable payload is not retried. */
    public <T> T payloadAs(Class<T> payloadType) {
        if (payload == null) {
            throw new UnreadableEventException("Event " + id + " has no payload");
        }
        return EventJson.read(payload, payloadType, "Event " + id + " (" + type + ")");
    }

    private static Instant time(String value, ConsumerRecord<?, ?> record) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("Record at " + position(record) + " has an invalid "
                    + CloudEventHeaders.TIME, e);
        }
    }

    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return EventJson.write(value);
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
