package io.saola.crm.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.saola.crm.platform.mongo.PlatformMongoAutoConfiguration;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The auto-configured event machinery end to end, on a real (embedded, KRaft) Kafka broker and the in-process
 * Mongo-wire store: saving an aggregate publishes its events; listeners run in the event's workspace; poison
 * records end in the dead-letter topic.
 */
@SpringBootTest(classes = OutboxRelayIT.EventsApplication.class, properties = {
        "spring.application.name=events-it",
        "saola.events.consumer.retries=3",
        "saola.events.consumer.initial-interval=20ms",
        "saola.events.consumer.multiplier=2"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class OutboxRelayIT {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayIT.class);
    private static final String POISON = "test.poison.v1";
    private static final WorkspaceId ACME = WorkspaceId.of("acme");
    private static final WorkspaceId GLOBEX = WorkspaceId.of("globex");

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private Outbox outbox;
    @Autowired
    private Listeners listeners;
    @Autowired
    private AttemptCounter attempts;
    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private MeterRegistry meters;

    @Test
    void savingAnAggregatePublishesEachEventWithCloudEventsHeadersAndEmptiesItsOutbox() {
        LeadQualified first = LeadQualified.of("acme", "lead-1", 1);
        LeadQualified second = LeadQualified.of("acme", "lead-1", 2);

        WorkspaceContext.runAs(ACME, () -> mongo.save(LeadDocument.raising(outbox, "lead-1", first, second)));

        List<Received> received = listeners.awaitLeads(2, "lead-1");
        assertThat(received).extracting(Received::eventId)
                .containsExactly(first.eventId().toString(), second.eventId().toString());
        ConsumerRecord<String, String> record = received.get(0).record();
        assertThat(record.key()).isEqualTo("lead-1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo(first.eventId().toString());
        assertThat(header(record, "ce_type")).isEqualTo("LeadQualified.v1");
        assertThat(header(record, "ce_source")).isEqualTo("events-it");
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(first.occurredAt());
        assertThat(header(record, "ce_subject")).isEqualTo("lead-1");
        assertThat(header(record, "ce_tenantid")).isEqualTo("acme");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(ReceivedEvent.from(record).payloadAs(LeadQualified.class)).isEqualTo(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> WorkspaceContext.callAs(ACME,
                () -> mongo.findById("lead-1", LeadDocument.class).outbox().isEmpty()));
        assertThat(meters.counter("saola.events.outbox.published", "path", "after-save").count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void eachListenerCallRunsInTheWorkspaceOfItsRecord() {
        WorkspaceContext.runAs(ACME, () -> mongo.save(
                LeadDocument.raising(outbox, "lead-acme", LeadQualified.of("acme", "lead-acme", 1))));
        WorkspaceContext.runAs(GLOBEX, () -> mongo.save(
                LeadDocument.raising(outbox, "lead-globex", LeadQualified.of("globex", "lead-globex", 1))));

        assertThat(listeners.awaitLeads(1, "lead-acme").get(0).workspace()).isEqualTo("acme");
        assertThat(listeners.awaitLeads(1, "lead-globex").get(0).workspace()).isEqualTo("globex");
        assertThat(WorkspaceContext.current()).isEmpty();
    }

    @Test
    void aRecordWithoutWorkspaceGoesToTheDeadLetterTopicWithoutRetries() throws Exception {
        String key = "no-tenant-" + UUID.randomUUID();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes(UUID.randomUUID().toString())).add("ce_type", bytes("LeadQualified.v1"));

        kafka.send(new ProducerRecord<>(POISON, null, key, "{}", headers)).get();

        try (TopicReader deadLetters = new TopicReader(broker.getBrokersAsString(), POISON + ".dlt")) {
            ConsumerRecord<String, String> dead = deadLetters.awaitAtLeast(1, r -> key.equals(r.key())).get(0);
            assertThat(header(dead, "ce_type")).isEqualTo("LeadQualified.v1");
            assertThat(header(dead, "kafka_dlt-exception-fqcn"))
                    .isEqualTo(EventWithoutWorkspaceException.class.getName());
        }
        assertThat(attempts.of(key)).isEqualTo(1);
        assertThat(listeners.poisonCalls(key)).isZero();
    }

    @Test
    void aRecordWhoseTenantHeaderDisagreesWithItsPayloadGoesToTheDeadLetterTopicUnhandled() throws Exception {
        String key = "forged-" + UUID.randomUUID();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes(UUID.randomUUID().toString())).add("ce_type", bytes("LeadQualified.v1"))
                .add("ce_tenantid", bytes("globex"));

        kafka.send(new ProducerRecord<>(POISON, null, key,
                "{\"eventId\": \"" + UUID.randomUUID() + "\", \"workspace\": \"acme\", \"aggregateId\": \"" + key + "\"}",
                headers)).get();

        try (TopicReader deadLetters = new TopicReader(broker.getBrokersAsString(), POISON + ".dlt")) {
            ConsumerRecord<String, String> dead = deadLetters.awaitAtLeast(1, r -> key.equals(r.key())).get(0);
            assertThat(header(dead, "ce_tenantid")).isEqualTo("globex");
            assertThat(header(dead, "kafka_dlt-exception-fqcn"))
                    .isEqualTo(EventWithoutWorkspaceException.class.getName());
        }
        assertThat(attempts.of(key)).isEqualTo(1);
        assertThat(listeners.poisonCalls(key)).isZero();
    }

    @Test
    void aHandlerThatAlwaysFailsIsRetriedABoundedNumberOfTimesThenDeadLettered() throws Exception {
        String key = "failing-" + UUID.randomUUID();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", bytes(UUID.randomUUID().toString())).add("ce_type", bytes("LeadQualified.v1"))
                .add("ce_tenantid", bytes("acme"));

        kafka.send(new ProducerRecord<>(POISON, null, key, "{}", headers)).get();

        try (TopicReader deadLetters = new TopicReader(broker.getBrokersAsString(), POISON + ".dlt")) {
            ConsumerRecord<String, String> dead = deadLetters.awaitAtLeast(1, r -> key.equals(r.key())).get(0);
            assertThat(header(dead, "ce_tenantid")).isEqualTo("acme");
            assertThat(dead.value()).isEqualTo("{}");
        }
        assertThat(listeners.poisonCalls(key)).isEqualTo(1 + 3);
    }

    /**
     * Logs save-to-listener latency (each save waits for its event to arrive, so this is the unloaded hop); the
     * timing is information, not a pass/fail bar. What it checks is the mechanism: every event went out through
     * the publish-right-after-save path, none was left for the periodic sweep.
     */
    @Test
    void publishesRightAfterTheSaveAndLogsTheLatency() {
        double publishedAfterSaveBefore = afterSavePublished();
        int warmUp = 50;
        int measured = 300;
        List<Long> saveToReceive = new ArrayList<>(measured);
        List<Long> saveCall = new ArrayList<>(measured);
        for (int i = 0; i < warmUp + measured; i++) {
            String id = "latency-" + i;
            LeadQualified event = LeadQualified.of("acme", id, 1);
            LeadDocument document = LeadDocument.raising(outbox, id, event);
            long start = System.nanoTime();
            WorkspaceContext.runAs(ACME, () -> mongo.save(document));
            long saved = System.nanoTime();
            String eventId = event.eventId().toString();
            await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .until(() -> listeners.receivedAt.containsKey(eventId));
            if (i >= warmUp) {
                saveToReceive.add(listeners.receivedAt.get(eventId) - start);
                saveCall.add(saved - start);
            }
        }
        Collections.sort(saveToReceive);
        Collections.sort(saveCall);
        log.info("save -> listener over {} events: p50 {} ms, p90 {} ms, p99 {} ms; save call p50 {} ms; "
                + "save end -> broker ack {}", measured, millis(saveToReceive, 0.50), millis(saveToReceive, 0.90),
                millis(saveToReceive, 0.99), millis(saveCall, 0.50),
                meters.get("saola.events.outbox.publish.latency").timer().takeSnapshot());
        assertThat(afterSavePublished() - publishedAfterSaveBefore).isGreaterThanOrEqualTo(warmUp + measured);
    }

    private double afterSavePublished() {
        return meters.get("saola.events.outbox.published").tag("path", "after-save").counter().count();
    }

    private static String millis(List<Long> sortedNanos, double quantile) {
        long nanos = sortedNanos.get(Math.min(sortedNanos.size() - 1, (int) (sortedNanos.size() * quantile)));
        return String.format("%.2f", nanos / 1_000_000.0);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return CloudEventHeaders.read(record.headers(), name);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    record Received(ConsumerRecord<String, String> record, String workspace) {

        String eventId() {
            return header(record, CloudEventHeaders.ID);
        }
    }

    static class Listeners {

        final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        private final List<Received> leads = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicInteger> poisonCalls = new ConcurrentHashMap<>();

        @KafkaListener(topics = LeadDocument.TOPIC, groupId = "it-leads")
        void onLead(ConsumerRecord<String, String> record) {
            receivedAt.putIfAbsent(header(record, CloudEventHeaders.ID), System.nanoTime());
            leads.add(new Received(record, WorkspaceContext.current().map(WorkspaceId::slug).orElse(null)));
        }

        @KafkaListener(topics = POISON, groupId = "it-poison")
        void onPoison(ConsumerRecord<String, String> record) {
            poisonCalls.computeIfAbsent(record.key(), key -> new AtomicInteger()).incrementAndGet();
            throw new IllegalStateException("this handler always fails");
        }

        List<Received> awaitLeads(int count, String key) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> leads.stream().filter(r -> key.equals(r.record().key())).count() >= count);
            return leads.stream().filter(r -> key.equals(r.record().key())).toList();
        }

        int poisonCalls(String key) {
            AtomicInteger calls = poisonCalls.get(key);
            return calls == null ? 0 : calls.get();
        }
    }

    /** Counts failed deliveries per key, including those the workspace binding refused before the listener. */
    static class AttemptCounter implements RecordInterceptor<Object, Object> {

        private final Map<Object, AtomicInteger> failures = new ConcurrentHashMap<>();

        @Override
        public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                Consumer<Object, Object> consumer) {
            return record;
        }

        @Override
        public void failure(ConsumerRecord<Object, Object> record, Exception exception,
                Consumer<Object, Object> consumer) {
            failures.computeIfAbsent(record.key(), key -> new AtomicInteger()).incrementAndGet();
        }

        int of(Object key) {
            AtomicInteger count = failures.get(key);
            return count == null ? 0 : count.get();
        }
    }

    @SpringBootConfiguration
    @AutoConfigurationPackage
    @ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
            KafkaAutoConfiguration.class, PlatformMongoAutoConfiguration.class, PlatformEventsAutoConfiguration.class})
    static class EventsApplication {

        @Bean(destroyMethod = "shutdownNow")
        MongoServer mongoServer() {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            return server;
        }

        @Bean
        MongoConnectionDetails mongoConnectionDetails(MongoServer server) {
            ConnectionString connection = new ConnectionString(
                    "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/events-it");
            return () -> connection;
        }

        @Bean
        KafkaAdmin.NewTopics topics(EventTopics topics) {
            return topics.declare(LeadDocument.TOPIC, POISON);
        }

        @Bean
        Listeners listeners() {
            return new Listeners();
        }

        @Bean
        AttemptCounter attemptCounter() {
            return new AttemptCounter();
        }

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
