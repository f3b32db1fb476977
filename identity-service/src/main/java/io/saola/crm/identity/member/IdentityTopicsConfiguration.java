package io.saola.crm.identity.member;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import io.saola.crm.platform.events.EventTopics;

@Configuration(proxyBeanMethods = false)
class IdentityTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics identityTopics(EventTopics topics) {
        return topics.declare(IdentityEvents.WORKSPACE_TOPIC, IdentityEvents.MEMBER_TOPIC, IdentityEvents.TEAM_TOPIC);
    }
}
