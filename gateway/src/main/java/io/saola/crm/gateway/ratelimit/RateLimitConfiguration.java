package io.saola.crm.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    WorkspaceRateLimiter workspaceRateLimiter(RateLimitProperties properties) {
        return new WorkspaceRateLimiter(properties, System::nanoTime);
    }
}
