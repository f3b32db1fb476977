package io.saola.crm.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

class PlatformEventsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformEventsAutoConfiguration.class))
            .withPropertyValues("spring.application.name=sales-service");

    @Test
    void withoutKafkaAndMongoOnlyTheOutboxFactoryIsConfigured() {
        runner.withClassLoader(new FilteredClassLoader(KafkaTemplate.class, MongoTemplate.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Outbox.class).doesNotHaveBean(EventTopics.class)
                    .doesNotHaveBean(Inbox.class).doesNotHaveBean(OutboxRelay.class);
            assertThat(context.getBean(Outbox.class).source()).isEqualTo("sales-service");
        });
    }

    @Test
    void withKafkaEveryListenerFactoryBindsWorkspacesAndDeadLettersAfterRetries() {
        runner.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EventTopics.class).hasSingleBean(EventsKafkaProducer.class)
                    .doesNotHaveBean(OutboxRelay.class);
            assertThat(context.getBean(CommonErrorHandler.class)).isInstanceOf(DefaultErrorHandler.class);
            assertThat(context.getBean(ConcurrentKafkaListenerContainerFactory.class).getRecordInterceptor())
                    .isInstanceOf(WorkspaceFromEventHeaders.class);
            assertThat(context.getBean(ConsumerFactory.class).getConfigurationProperties())
                    .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                    // a consumer waits for its publisher's topic instead of creating it with the broker's defaults
                    .containsEntry(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        });
    }

    @Test
    void aConsumerGroupStartingPointChosenByTheServiceIsKept() {
        runner.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
                .withPropertyValues("spring.kafka.consumer.auto-offset-reset=latest").run(context -> assertThat(
                        context.getBean(ConsumerFactory.class).getConfigurationProperties())
                        .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"));
    }
}
