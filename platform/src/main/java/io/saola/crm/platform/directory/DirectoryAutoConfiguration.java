package io.saola.crm.platform.directory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The workspace directory for services whose clients name owners and teams ({@code saola.directory.enabled=true}):
 * the view in the service's store, the {@link Assignments} check that {@code Access} applies to every assignment,
 * and, with Kafka, the consumer of identity's member and team events ({@code saola.directory.consumer.enabled},
 * on by default; tests that seed the view themselves turn it off).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "io.saola.crm.platform.mongo.PlatformMongoAutoConfiguration"},
        beforeName = "io.saola.crm.platform.access.AccessAutoConfiguration")
@ConditionalOnClass(MongoOperations.class)
@ConditionalOnProperty(prefix = "saola.directory", name = "enabled", havingValue = "true")
public class DirectoryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MemberDirectory workspaceDirectory(MongoOperations mongo) {
        return new MemberDirectory(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    Assignments assignments(MemberDirectory directory) {
        return new Assignments(directory);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaListener.class)
    static class IdentityEventsConsumer {

        @Bean
        IdentityDirectoryEvents identityDirectoryEvents(MemberDirectory directory) {
            return new IdentityDirectoryEvents(directory);
        }
    }
}
