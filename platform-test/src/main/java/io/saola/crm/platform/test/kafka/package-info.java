/**
 * Kafka for tests: a real in-process KRaft broker ({@link io.saola.crm.platform.test.kafka.TestKafka}, built on
 * spring-kafka-test's {@code EmbeddedKafkaKraftBroker}), records shaped exactly as the outbox relay publishes
 * them ({@link io.saola.crm.platform.test.kafka.CloudEventRecords}) and a reader that asserts on what reached a
 * topic ({@link io.saola.crm.platform.test.kafka.TopicReader}). Inside a Spring test,
 * {@code @EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")} is the alternative.
 */
package io.saola.crm.platform.test.kafka;
