package io.saola.crm.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The route table and how the gateway talks to the services.
 *
 * @param services       service name → where it runs and which {@code /api} path prefixes it owns
 * @param connectTimeout how long to wait for a connection to a service
 * @param timeout        default time a service has to start answering; a service may set its own
 * @param circuitBreaker when to stop calling a failing service for a while
 */
@ConfigurationProperties("saola.gateway.routing")
public record RoutingProperties(Map<String, Service> services,
                                @DefaultValue("2s") Duration connectTimeout,
                                @DefaultValue("10s") Duration timeout,
                                @DefaultValue CircuitBreaker circuitBreaker) {

    public RoutingProperties {
        services = services == null ? Map.of() : new LinkedHashMap<>(services);
    }

    /**
     * @param url     base URL of the service
     * @param paths   path prefixes it owns, each covering itself and everything below it
     * @param timeout time the service has to start answering; the default when absent
     */
    public record Service(URI url, List<String> paths, Duration timeout) {
    }

    /**
     * @param failureRateThreshold percentage of failed calls (errors, 502/503/504, timeouts) that opens it
     * @param slidingWindow        number of recent calls the rate is computed over
     * @param minimumCalls         calls needed before the rate counts
     * @param openFor              how long it stays open before letting trial calls through
     */
    public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
                                 @DefaultValue("20") int slidingWindow,
                                 @DefaultValue("10") int minimumCalls,
                                 @DefaultValue("10s") Duration openFor) {
    }
}
