package io.saola.crm.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    WorkspaceRateLimiter workspaceRateLimiter(RateLimitProperties properties) {
        return new WorkspaceRateLimiter(properties, System::nanoTime);
    }

    @Bean
    WorkspaceBulkheads workspaceBulkheads(EdgeLimitProperties properties) {
        return new WorkspaceBulkheads(properties);
    }

    @Bean
    ClientRateLimiter clientRateLimiter(EdgeLimitProperties properties) {
        return new ClientRateLimiter(properties, System::nanoTime);
    }
}
