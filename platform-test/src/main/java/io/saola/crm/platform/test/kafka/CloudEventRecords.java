package io.saola.crm.platform.test.kafka;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.saola.crm.platform.events.CloudEventHeaders;
import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.events.Outbox;
import io.saola.crm.platform.events.OutboxRecord;

/** Kafka records for consumer tests, shaped as the outbox relay publishes them or deliberately broken. */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /** The record the relay of service {@code source} would publish for {@code event} on {@code topic}. */
    public static ProducerRecord<String, String> of(String topic, DomainEvent event, String source) {
        OutboxRecord record = new Outbox(source).record(topic, event);
        return new ProducerRecord<>(topic, null, record.key(), record.payload(), CloudEventHeaders.of(record));
    }

    /** A record with CloudEvents id and type but no {@code ce_tenantid}: listeners must dead-letter it. */
    public static ProducerRecord<String, String> withoutWorkspace(String topic, String key, String type,
            String payload) {
        Headers headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()));
        headers.add(CloudEventHeaders.TYPE, bytes(type));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        return new ProducerRecord<>(topic, null, key, payload, headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
