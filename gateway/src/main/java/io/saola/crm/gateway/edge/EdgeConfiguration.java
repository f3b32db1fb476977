package io.saola.crm.gateway.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.saola.crm.gateway.ratelimit.ClientRateLimiter;
import io.saola.crm.gateway.ratelimit.WorkspaceBulkheads;
import io.saola.crm.gateway.ratelimit.WorkspaceRateLimiter;
import io.saola.crm.gateway.routing.ServiceRoutes;
import io.saola.crm.gateway.token.TokenProperties;
import io.saola.crm.gateway.token.TokenVerifier;
import io.saola.crm.gateway.workspace.WorkspaceDirectory;
import io.saola.crm.gateway.workspace.WorkspaceHosts;

@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    /** Right after the observation filter (which opens the trace), before anything that reads the body. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final Logger log = LoggerFactory.getLogger(EdgeConfiguration.class);

    @Bean
    FilterRegistrationBean<GatewayEdgeFilter> gatewayEdgeFilter(WorkspaceHosts hosts, ServiceRoutes routes,
                                                               WorkspaceDirectory directory, TokenVerifier tokens,
                                                               TokenProperties tokenProperties,
                                                               WorkspaceRateLimiter rateLimiter,
                                                               ClientRateLimiter clientRateLimiter,
                                                               WorkspaceBulkheads bulkheads) {
        if (!tokenProperties.check()) {
            log.warn("""

                    *****************************************************************************
                    *  saola.gateway.token.check=false: BEARER TOKENS ARE NOT VERIFIED.          *
                    *  Any caller can act in any workspace. This switch exists for benchmarks    *
                    *  only; never run a shared or production gateway like this.                 *
                    *****************************************************************************""");
        }
        GatewayEdgeFilter filter = new GatewayEdgeFilter(hosts, routes, directory, tokens,
                tokenProperties.check(), rateLimiter, clientRateLimiter, bulkheads);
        FilterRegistrationBean<GatewayEdgeFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
