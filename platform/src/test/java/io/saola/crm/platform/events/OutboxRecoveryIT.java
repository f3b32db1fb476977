package io.saola.crm.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.saola.crm.platform.mongo.WorkspaceScopedDatabaseFactory;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * What happens when things fail between the save and the removal of published records: a relay that dies
 * after sending, a broker that is down at save time. The relay is composed by hand here so the failures can
 * be injected; {@link OutboxRelayIT} runs the auto-configured one.
 */
@EmbeddedKafka(partitions = 3, topics = LeadDocument.TOPIC)
class OutboxRecoveryIT {

    private static final WorkspaceId ACME = WorkspaceId.of("acme");

    private static MongoServer server;
    private static MongoClient client;
    private static EventsKafkaProducer producer;
    private static TopicReader reader;

    private final Outbox outbox = new Outbox("recovery-it");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<AutoCloseable> started = new ArrayList<>();
    private MongoTemplate mongo;
    private MappingMongoConverter converter;

    @BeforeAll
    static void start(EmbeddedKafkaBroker broker) {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        producer = new EventsKafkaProducer(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()), Duration.ofSeconds(5));
        reader = new TopicReader(broker.getBrokersAsString(), LeadDocument.TOPIC);
    }

    @AfterAll
    static void stop() {
        reader.close();
        producer.destroy();
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        SimpleMongoClientDatabaseFactory store = new SimpleMongoClientDatabaseFactory(client, "recovery-" + System.nanoTime());
        WorkspaceScopedDatabaseFactory scoped = new WorkspaceScopedDatabaseFactory(store, name -> false);
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.setInitialEntitySet(Set.of(LeadDocument.class));
        mapping.initialize();
        converter = new MappingMongoConverter(new DefaultDbRefResolver(scoped), mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        mongo = new MongoTemplate(scoped, converter);
    }

    @AfterEach
    void stopRelays() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    @Test
    void theSweepRepublishesWhatARelayThatDiedAfterSendingLeftInTheOutbox() {
        FailingRemoval crashingDocuments = new FailingRemoval(mongo);
        relayFor(crashingDocuments, producer.template());
        LeadQualified first = LeadQualified.of("acme", "lead-crash", 1);
        LeadQualified second = LeadQualified.of("acme", "lead-crash", 2);

        save(LeadDocument.raising(outbox, "lead-crash", first, second));

        reader.awaitAtLeast(2, forKey("lead-crash"));
        await().atMost(Duration.ofSeconds(10)).until(() -> crashingDocuments.attempts.get() > 0);
        assertThat(pendingOf("lead-crash")).hasSize(2);

        OutboxDocuments documents = new OutboxDocuments(mongo, List.of());
        OutboxRelay restarted = relayFor(documents, producer.template());
        int found = sweepFor(documents, restarted).sweep();

        assertThat(found).isEqualTo(2);
        List<ConsumerRecord<String, String>> seen = reader.awaitAtLeast(4, forKey("lead-crash"));
        assertThat(idsOf(seen)).containsExactly(first.eventId().toString(), second.eventId().toString());
        assertThat(pendingOf("lead-crash")).isEmpty();
        assertThat(meters.counter("saola.events.outbox.sweep.found").count()).isEqualTo(2);
        Document sweepIndex = mongo.getCollection(LeadDocument.COLLECTION).listIndexes().into(new ArrayList<>())
                .stream().filter(index -> OutboxDocuments.SWEEP_INDEX.equals(index.get("name"))).findFirst()
                .orElseThrow();
        assertThat(sweepIndex.get("key", Document.class).keySet()).containsExactly("tenantId", "_id");
        assertThat(sweepIndex.get("partialFilterExpression", Document.class).toJson())
                .isEqualTo("{\"outbox.eventId\": {\"$exists\": true}}");
    }

    @Test
    void eventsSavedWhileKafkaIsDownStayInTheOutboxAndArePublishedWhenItIsBack() {
        BrokerSwitch broker = new BrokerSwitch(producer.template());
        broker.down = true;
        OutboxDocuments documents = new OutboxDocuments(mongo, List.of());
        OutboxRelay relay = relayFor(documents, broker);
        OutboxSweep sweep = sweepFor(documents, relay);
        LeadQualified first = LeadQualified.of("acme", "lead-outage", 1);
        LeadQualified second = LeadQualified.of("acme", "lead-outage", 2);

        save(LeadDocument.raising(outbox, "lead-outage", first));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> meters.counter("saola.events.outbox.publish.failures").count() > 0);
        save(new LeadDocument("lead-outage", "QUALIFIED",
                outbox.append(pendingOf("lead-outage"), LeadDocument.TOPIC, List.of(second))));

        assertThat(pendingOf("lead-outage")).hasSize(2);
        assertThat(meters.counter("saola.events.outbox.published", "path", "after-save").count()).isZero();

        broker.down = false;
        sweep.start();
        started.add(sweep::stop);

        List<ConsumerRecord<String, String>> seen = reader.awaitAtLeast(2, forKey("lead-outage"));
        assertThat(idsOf(seen)).containsExactly(first.eventId().toString(), second.eventId().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf("lead-outage").isEmpty());
    }

    @Test
    void anAggregatesEventsArePublishedInTheOrderTheyWereRaised() {
        relayFor(new OutboxDocuments(mongo, List.of()), producer.template());
        List<String> raised = new ArrayList<>();

        for (int version = 1; version <= 30; version++) {
            LeadQualified event = LeadQualified.of("acme", "lead-ordered", version);
            raised.add(event.eventId().toString());
            List<OutboxRecord> pending = version == 1 ? null : pendingOf("lead-ordered");
            save(new LeadDocument("lead-ordered", "QUALIFIED",
                    outbox.append(pending, LeadDocument.TOPIC, List.of(event))));
        }

        List<ConsumerRecord<String, String>> seen = reader.awaitAtLeast(30, forKey("lead-ordered"));
        assertThat(idsOf(seen)).containsExactlyElementsOf(raised);
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingOf("lead-ordered").isEmpty());
    }

    @Test
    void theSweepFindsOutboxCollectionsInTheMappingContext() {
        assertThat(new OutboxDocuments(mongo, List.of("extra_outbox")).collections())
                .containsExactly("extra_outbox", LeadDocument.COLLECTION);
    }

    private OutboxRelay relayFor(OutboxDocuments documents, KafkaTemplate<Object, Object> kafka) {
        OutboxRelay relay = new OutboxRelay(kafka, documents, 2, Duration.ofSeconds(5), Duration.ofMillis(200),
                meters);
        mongo.setEntityCallbacks(EntityCallbacks.create(new OutboxAfterSave(() -> relay)));
        started.add(relay::destroy);
        return relay;
    }

    private OutboxSweep sweepFor(OutboxDocuments documents, OutboxRelay relay) {
        return new OutboxSweep(documents, relay, Duration.ofMillis(100), Duration.ZERO, 100, Duration.ofSeconds(10),
                meters);
    }

    private void save(LeadDocument document) {
        WorkspaceContext.runAs(ACME, () -> mongo.save(document));
    }

    private List<OutboxRecord> pendingOf(String id) {
        return WorkspaceContext.callAs(ACME, () -> mongo.findById(id, LeadDocument.class).outbox());
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> forKey(String key) {
        return record -> key.equals(record.key());
    }

    /** Distinct event ids in the order first seen. */
    private static List<String> idsOf(List<ConsumerRecord<String, String>> records) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(record -> ids.add(CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID)));
        return List.copyOf(ids);
    }

    /** Storage that fails to remove published records, as if the relay died right after sending. */
    static final class FailingRemoval extends OutboxDocuments {

        final AtomicInteger attempts = new AtomicInteger();

        FailingRemoval(MongoTemplate mongo) {
            super(mongo, List.of());
        }

        @Override
        void remove(String collection, Object documentId, WorkspaceId workspace, List<String> eventIds) {
            attempts.incrementAndGet();
            throw new IllegalStateException("relay process died before removing published records");
        }
    }

    /** The platform producer, with a switch that makes the broker unreachable. */
    static final class BrokerSwitch extends KafkaTemplate<Object, Object> {

        volatile boolean down;

        BrokerSwitch(KafkaTemplate<Object, Object> real) {
            super(real.getProducerFactory());
        }

        @Override
        public CompletableFuture<SendResult<Object, Object>> send(ProducerRecord<Object, Object> record) {
            if (down) {
                return CompletableFuture.failedFuture(new KafkaException("broker unreachable (simulated)"));
            }
            return super.send(record);
        }
    }
}
