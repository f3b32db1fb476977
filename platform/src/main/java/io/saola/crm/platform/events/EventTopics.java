package io.saola.crm.platform.events;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares a service's topics, each with its dead-letter topic, for Spring's {@link KafkaAdmin} to create at
 * start-up (existing topics are left as they are). Partitions and replicas come from {@code saola.events.topics}.
 *
 * <pre>{@code
 * @Bean
 * KafkaAdmin.NewTopics salesTopics(EventTopics topics) {
 *     return topics.declare(SalesTopics.LEAD, SalesTopics.OPPORTUNITY);
 * }
 * }</pre>
 */
public final class EventTopics {

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private final int partitions;
    private final short replicas;

    public EventTopics(int partitions, short replicas) {
        this.partitions = partitions;
        this.replicas = replicas;
    }

    /** Where records of {@code topic} go when they cannot be processed. */
    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    public KafkaAdmin.NewTopics declare(String... topics) {
        List<NewTopic> declared = new ArrayList<>(topics.length * 2);
        for (String topic : topics) {
            declared.add(new NewTopic(topic, partitions, replicas));
            declared.add(new NewTopic(deadLetterTopicOf(topic), partitions, replicas));
        }
        return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
    }
}
