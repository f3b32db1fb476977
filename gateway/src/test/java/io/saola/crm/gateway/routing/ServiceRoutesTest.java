package io.saola.crm.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceRoutesTest {

    private static final URI URL = URI.create("http://127.0.0.1:8083");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ServiceRoutes routes = new ServiceRoutes(List.of(
            new ServiceRoute("sales", URL, List.of("/api/leads", "/api/opportunities"), TIMEOUT),
            new ServiceRoute("customer", URL, List.of("/api/accounts"), TIMEOUT)));

    @ParameterizedTest
    @ValueSource(strings = {"/api/leads", "/api/leads/", "/api/leads/42", "/api/leads/42/conversion"})
    void routesAPrefixAndEverythingBelowIt(String path) {
        assertThat(routes.find(path).service()).isEqualTo("sales");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/leadsx", "/api/lead", "/api", "/api/", "/leads", "/API/leads", "/api/accounts-x"})
    void routesNothingElse(String path) {
        assertThat(routes.find(path)).isNull();
    }

    @Test
    void refusesAPrefixRoutedTwice() {
        assertThatThrownBy(() -> new ServiceRoutes(List.of(
                new ServiceRoute("sales", URL, List.of("/api/leads"), TIMEOUT),
                new ServiceRoute("customer", URL, List.of("/api/leads"), TIMEOUT))))
                .hasMessageContaining("/api/leads");
    }

    @Test
    void refusesAPrefixBelowAnother() {
        assertThatThrownBy(() -> new ServiceRoutes(List.of(
                new ServiceRoute("sales", URL, List.of("/api/leads"), TIMEOUT),
                new ServiceRoute("customer", URL, List.of("/api/leads/special"), TIMEOUT))))
                .hasMessageContaining("below");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/leads", "/api/leads/", "/api/leads/**", "/api/", "/api/../internal"})
    void refusesPrefixesThatAreNotPlainApiPaths(String prefix) {
        assertThatThrownBy(() -> new ServiceRoutes(List.of(new ServiceRoute("sales", URL, List.of(prefix), TIMEOUT))))
                .isInstanceOf(IllegalStateException.class);
    }
}
