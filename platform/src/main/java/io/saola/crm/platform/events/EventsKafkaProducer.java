package io.saola.crm.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The producer the platform publishes with: outbox records and dead letters. Built from the application's
 * producer settings (bootstrap servers, security) but with what at-least-once delivery needs forced:
 * {@code acks=all}, idempotence (no duplicates or reordering from the producer's own retries), no
 * transactions, and timeouts bounded by the relay's send timeout. {@code linger.ms} defaults to 0 because
 * every millisecond here is saga latency. Not exposed as a {@code KafkaTemplate} bean, so the application's
 * own template is unaffected.
 */
class EventsKafkaProducer implements DisposableBean {

    private final DefaultKafkaProducerFactory<Object, Object> factory;
    private final KafkaTemplate<Object, Object> template;

    EventsKafkaProducer(Map<String, Object> applicationSettings, Duration sendTimeout) {
        Map<String, Object> settings = new HashMap<>(applicationSettings);
        settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        settings.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        settings.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        long timeout = Math.max(2, sendTimeout.toMillis());
        long linger = Long.parseLong(String.valueOf(settings.get(ProducerConfig.LINGER_MS_CONFIG)));
        long request = Math.max(1, timeout / 2);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, request));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                (int) Math.min(Integer.MAX_VALUE, Math.max(timeout, linger + request)));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        this.factory = new DefaultKafkaProducerFactory<>(settings, new WireSerializer(), new WireSerializer());
        this.template = new KafkaTemplate<>(factory);
    }

    KafkaTemplate<Object, Object> template() {
        return template;
    }

    @Override
    public void destroy() {
        factory.destroy();
    }

    /** Text as UTF-8, bytes as they are, anything else (a consumed object sent to a dead letter) as JSON. */
    static final class WireSerializer implements Serializer<Object> {

        @Override
        public byte[] serialize(String topic, Object data) {
            if (data == null || data instanceof byte[]) {
                return (byte[]) data;
            }
            if (data instanceof String text) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            return EventJson.write(data).getBytes(StandardCharsets.UTF_8);
        }
    }
}
