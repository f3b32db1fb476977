package io.saola.crm.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean
    ServiceRoutes serviceRoutes(RoutingProperties properties) {
        ServiceRoutes routes = ServiceRoutes.from(properties);
        routes.all().forEach(route -> log.info("Route {} -> {} ({}, timeout {} ms)", route.pathPrefixes(),
                route.service(), route.url(), route.timeout().toMillis()));
        return routes;
    }

    /** One circuit breaker per service, plus any other caller's (the workspace directory's). */
    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry(RoutingProperties properties,
                                                  ObjectProvider<MeterRegistry> meterRegistry) {
        RoutingProperties.CircuitBreaker settings = properties.circuitBreaker();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindow())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(3)
                .build();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(config);
        registry.getEventPublisher().onEntryAdded(added -> added.getAddedEntry().getEventPublisher()
                .onStateTransition(event -> log.warn("Circuit breaker {}: {}", event.getCircuitBreakerName(),
                        event.getStateTransition())));
        meterRegistry.ifAvailable(meters -> TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry)
                .bindTo(meters));
        return registry;
    }

    @Bean
    RouterFunction<ServerResponse> serviceRouter(ServiceRoutes routes, CircuitBreakerRegistry circuitBreakers) {
        RouterFunction<ServerResponse> router = null;
        for (ServiceRoute route : routes.all()) {
            CircuitBreaker breaker = circuitBreakers.circuitBreaker(route.service());
            RouterFunction<ServerResponse> serviceRoute = GatewayRouterFunctions.route(route.service())
                    .route(request -> route.matches(request.path()), http())
                    .before(uri(route.url()))
                    .filter(new BackendCircuitBreaker(route, breaker))
                    .build();
            router = router == null ? serviceRoute : router.and(serviceRoute);
        }
        if (router == null) {
            throw new IllegalStateException("The route table is empty: set saola.gateway.routing.services");
        }
        return router;
    }

    /** Replaces the gateway's default proxy so that each route's timeout applies (see {@link RouteTimeoutRequestFactory}). */
    @Bean
    RouteTimeoutRequestFactory routeTimeoutRequestFactory(ServiceRoutes routes, RoutingProperties properties) {
        return new RouteTimeoutRequestFactory(routes, properties.connectTimeout(), properties.timeout());
    }

    @Bean
    ProxyExchange routeTimeoutProxyExchange(RestClient.Builder restClientBuilder, GatewayMvcProperties gateway,
                                            RouteTimeoutRequestFactory requestFactory) {
        RestClient client = restClientBuilder
                .requestFactory(requestFactory)
                .build();
        return new RestClientProxyExchange(client, gateway);
    }

    @Bean
    GatewayRoutesEndpoint gatewayRoutesEndpoint(ServiceRoutes routes) {
        return new GatewayRoutesEndpoint(routes);
    }
}
