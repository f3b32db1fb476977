package io.saola.crm.customer;


import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.saola.crm.customer.api.CustomerTopics;
import io.saola.crm.customer.record.application.WorkspaceTimeZones;
import io.saola.crm.customer.transfer.application.ImportSettings;
import io.saola.crm.platform.events.EventTopics;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WorkspaceTimeZones.class, ImportSettings.class})
class CustomerServiceConfiguration {

    @Bean
    KafkaAdmin.NewTopics customerTopics(EventTopics topics) {
        return topics.declare(CustomerTopics.ACCOUNT, CustomerTopics.CONTACT, CustomerTopics.ACTIVITY,
                CustomerTopics.CONVERSION);
    }
}
