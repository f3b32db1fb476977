package io.saola.crm.sales.lead.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.saola.crm.platform.events.EventTopics;

/**
 * customer-service declares its conversion topic; it is declared here as well (existing topics are left as they
 * are) so that the answers' consumer and its dead-letter topic never wait for customer-service to start first.
 */
@Configuration(proxyBeanMethods = false)
class ConversionAnswersTopics {

    @Bean
    KafkaAdmin.NewTopics conversionAnswersTopic(EventTopics topics) {
        return topics.declare(CustomerConversionTopic.NAME);
    }
}
