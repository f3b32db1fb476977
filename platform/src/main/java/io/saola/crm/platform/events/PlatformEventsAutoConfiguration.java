package io.saola.crm.platform.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * Events for every service: the {@link Outbox} factory; with Kafka, workspace-bound listeners, bounded
 * retries and dead-letter topics, topic declaration and the platform producer; with Kafka and MongoDB, the
 * outbox relay and its sweep; with MongoDB, the {@link Inbox}.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "io.saola.crm.platform.mongo.PlatformMongoAutoConfiguration"})
@EnableConfigurationProperties(EventsProperties.class)
public class PlatformEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(EventsProperties properties, Environment environment) {
        String source = properties.getSource() != null ? properties.getSource()
                : environment.getProperty("spring.application.name", "saola");
        return new Outbox(source);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({KafkaTemplate.class, DefaultKafkaConsumerFactoryCustomizer.class})
    static class Messaging {

        @Bean
        static BeanPostProcessor workspaceBoundKafkaListeners() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                    if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
                        WorkspaceFromEventHeaders.installOn(factory);
                    }
                    return bean;
                }
            };
        }

        @Bean
        @ConditionalOnMissingBean
        EventTopics eventTopics(EventsProperties properties) {
            return new EventTopics(properties.getTopics().getPartitions(), properties.getTopics().getReplicas());
        }

        /**
         * A consumer group that starts fresh reads from the beginning: losing events is never the default. And a
         * consumer never creates the topic it subscribes to: a broker that auto-creates topics would make it with
         * the broker's partition count before the publishing service declares it, and a consumer assigned only the
         * first partitions misses, until its next metadata refresh minutes later, the events keyed to the others.
         * It waits for the topic instead (the publisher declares it; see {@link EventTopics}).
         */
        @Bean
        DefaultKafkaConsumerFactoryCustomizer earliestOffsetForNewConsumerGroups() {
            return factory -> {
                Map<String, Object> defaults = new HashMap<>();
                if (!factory.getConfigurationProperties().containsKey(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)) {
                    defaults.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                }
                if (!factory.getConfigurationProperties().containsKey(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG)) {
                    defaults.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
                }
                if (!defaults.isEmpty()) {
                    factory.updateConfigs(defaults);
                }
            };
        }

        @Bean
        @ConditionalOnBean(ProducerFactory.class)
        EventsKafkaProducer eventsKafkaProducer(ProducerFactory<?, ?> applicationProducers,
                EventsProperties properties) {
            return new EventsKafkaProducer(applicationProducers.getConfigurationProperties(),
                    properties.getRelay().getSendTimeout());
        }

        /**
         * Bounded exponential retries, then the record's {@code <topic>.dlt} with its headers kept; records
         * that cannot be read or have no workspace go there at once.
         */
        @Bean
        @ConditionalOnMissingBean(CommonErrorHandler.class)
        @ConditionalOnBean(ProducerFactory.class)
        DefaultErrorHandler eventsErrorHandler(EventsKafkaProducer producer, EventsProperties properties) {
            DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(producer.template(),
                    (record, exception) -> new TopicPartition(EventTopics.deadLetterTopicOf(record.topic()), -1));
            EventsProperties.Consumer consumer = properties.getConsumer();
            ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(consumer.getRetries());
            backOff.setInitialInterval(consumer.getInitialInterval().toMillis());
            backOff.setMultiplier(consumer.getMultiplier());
            backOff.setMaxInterval(consumer.getMaxInterval().toMillis());
            DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
            handler.addNotRetryableExceptions(EventWithoutWorkspaceException.class, UnreadableEventException.class);
            return handler;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({KafkaTemplate.class, DefaultKafkaConsumerFactoryCustomizer.class, MongoTemplate.class})
    @ConditionalOnBean({MongoTemplate.class, ProducerFactory.class})
    @ConditionalOnProperty(prefix = "saola.events.relay", name = "enabled", matchIfMissing = true)
    static class Relay {

        @Bean
        OutboxDocuments outboxDocuments(MongoTemplate mongo, EventsProperties properties) {
            return new OutboxDocuments(mongo, properties.getRelay().getCollections());
        }

        @Bean
        OutboxRelay outboxRelay(EventsKafkaProducer producer, OutboxDocuments documents, EventsProperties properties,
                ObjectProvider<MeterRegistry> meters) {
            EventsProperties.Relay relay = properties.getRelay();
            return new OutboxRelay(producer.template(), documents, relay.getLanes(), relay.getSendTimeout(),
                    relay.getPauseAfterFailure(), meters.getIfUnique(() -> Metrics.globalRegistry));
        }

        @Bean
        OutboxAfterSave outboxAfterSave(ObjectProvider<OutboxRelay> relay) {
            return new OutboxAfterSave(relay::getObject);
        }

        @Bean
        OutboxSweep outboxSweep(OutboxRelay relay, OutboxDocuments documents, EventsProperties properties,
                ObjectProvider<MeterRegistry> meters) {
            EventsProperties.Sweep sweep = properties.getSweep();
            Duration roundTimeout = properties.getRelay().getSendTimeout().multipliedBy(2);
            return new OutboxSweep(documents, relay, sweep.getInterval(), sweep.getMinAge(), sweep.getBatchSize(),
                    roundTimeout, meters.getIfUnique(() -> Metrics.globalRegistry));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    @ConditionalOnBean(MongoTemplate.class)
    static class InboxConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Inbox inbox(MongoTemplate mongo, EventsProperties properties) {
            return new Inbox(mongo, properties.getInbox().getCollection());
        }
    }
}
