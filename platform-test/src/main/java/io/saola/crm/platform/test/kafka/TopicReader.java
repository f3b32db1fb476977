package io.saola.crm.platform.test.kafka;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from its beginning, outside any listener container and consumer group, and keeps what it
 * read: for asserting what a service published (or dead-lettered).
 *
 * <pre>{@code
 * try (TopicReader published = kafka.read("crm.sales.lead.v1")) {
 *     var records = published.awaitAtLeast(1, record -> leadId.equals(record.key()));
 * }
 * }</pre>
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> read = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "topic-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        await().atMost(DEFAULT_WAIT).until(() -> !consumer.partitionsFor(topic).isEmpty());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until at least {@code count} records matching {@code which} were read (20 s at most); returns them. */
    public List<ConsumerRecord<String, String>> awaitAtLeast(int count, Predicate<ConsumerRecord<String, String>> which) {
        await().atMost(DEFAULT_WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    consumer.poll(Duration.ofMillis(100)).forEach(read::add);
                    return read.stream().filter(which).count() >= count;
                });
        return readSoFar(which);
    }

    /** Records read so far that match {@code which}, in the order read (per partition: the order published). */
    public List<ConsumerRecord<String, String>> readSoFar(Predicate<ConsumerRecord<String, String>> which) {
        return read.stream().filter(which).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
