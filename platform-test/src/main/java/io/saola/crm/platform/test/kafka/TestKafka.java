package io.saola.crm.platform.test.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

import io.saola.crm.platform.events.EventTopics;

/**
 * A real single-node Kafka broker (KRaft) in the test JVM, on a free loopback port. Three ways to use it, as
 * with the other test servers:
 * <ul>
 * <li>{@link #shared()}: one broker per JVM, stopped at JVM exit; the choice for {@code @SpringBootTest}.
 * <pre>{@code
 * @DynamicPropertySource
 * static void kafka(DynamicPropertyRegistry registry) {
 *     TestKafka.shared().registerProperties(registry);
 * }
 * }</pre></li>
 * <li>As a JUnit 5 extension: {@code @RegisterExtension static TestKafka kafka = new TestKafka();}</li>
 * <li>As a plain object: {@link #start()} / {@link #close()}.</li>
 * </ul>
 * Topics are auto-created on first use; {@link #createTopics} creates them (with their dead-letter topics)
 * up front with the configured partition count.
 */
public class TestKafka implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static volatile TestKafka shared;

    private final int partitions;
    private EmbeddedKafkaKraftBroker broker;
    private KafkaProducer<String, String> producer;

    public TestKafka() {
        this(3);
    }

    public TestKafka(int partitions) {
        this.partitions = partitions;
    }

    /** The JVM-wide broker, started on first call and stopped at JVM exit. */
    public static TestKafka shared() {
        TestKafka instance = shared;
        if (instance == null) {
            synchronized (TestKafka.class) {
                instance = shared;
                if (instance == null) {
                    instance = new TestKafka().start();
                    TestKafka started = instance;
                    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-kafka-stop"));
                    shared = instance;
                }
            }
        }
        return instance;
    }

    public synchronized TestKafka start() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, partitions);
            started.brokerProperties(Map.of("auto.create.topics.enable", "true",
                    "group.initial.rebalance.delay.ms", "0"));
            started.afterPropertiesSet();
            broker = started;
        }
        return this;
    }

    public synchronized void stop() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
        if (broker != null) {
            broker.destroy();
            broker = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public synchronized EmbeddedKafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("The test Kafka broker is not started");
        }
        return broker;
    }

    public String bootstrapServers() {
        return broker().getBrokersAsString();
    }

    /** Points Spring Boot ({@code spring.kafka.bootstrap-servers}) at this broker. */
    public void registerProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", this::bootstrapServers);
    }

    /** Creates each topic and its dead-letter topic; topics that exist already are left alone. */
    public synchronized void createTopics(String... topics) {
        List<NewTopic> declared = new ArrayList<>();
        for (String topic : topics) {
            for (String name : List.of(topic, EventTopics.deadLetterTopicOf(topic))) {
                if (!broker().getTopics().contains(name)) {
                    declared.add(new NewTopic(name, partitions, (short) 1));
                }
            }
        }
        if (declared.isEmpty()) {
            return;
        }
        broker().addTopicsWithResults(declared.toArray(NewTopic[]::new)).forEach((topic, failure) -> {
            if (failure != null && !(failure instanceof TopicExistsException)
                    && !(failure.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic, failure);
            }
        });
    }

    /** Publishes a record and waits for the broker's acknowledgement. */
    public RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot publish to " + record.topic(), e);
        }
    }

    /** Reads {@code topic} from its beginning; close the reader when done. */
    public TopicReader read(String topic) {
        return new TopicReader(bootstrapServers(), topic);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
