package io.saola.crm.sales;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.saola.crm.platform.events.EventTopics;
import io.saola.crm.platform.list.saved.SavedFilters;
import io.saola.crm.sales.api.SalesTopics;

/**
 * The topics sales-service publishes to, the store of its lists' saved filters, and the schedule of the
 * conversion timeout sweep.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SalesServiceConfiguration {

    @Bean
    KafkaAdmin.NewTopics salesTopics(EventTopics topics) {
        return topics.declare(SalesTopics.LEAD, SalesTopics.OPPORTUNITY);
    }

    @Bean
    SavedFilters savedFilters(MongoOperations mongo, Clock clock) {
        return new SavedFilters(mongo, clock);
    }
}
