package io.saola.crm.gateway.edge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/leads", "/api/leads/42", "/api/reports/Sales%20by%20month", "/api/leads/a.b",
            "/api/leads/..x", "/"})
    void acceptsPlainPaths(String path) {
        assertThat(RequestPaths.isCanonical(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "api/leads", "/api/leads/../internal", "/api/leads/..", "/api/./leads",
            "/api/leads/.", "/api//leads", "/api/leads;x=1", "/api/leads\\..\\x", "/api/leads/%2e%2e/x",
            "/api/leads/%2E./x", "/api/leads%2Fx", "/api/leads%5cx", "/api/leads%3bx", "/api/leads%00"})
    void refusesPathsThatCouldBeNormalisedDownstream(String path) {
        assertThat(RequestPaths.isCanonical(path)).isFalse();
    }
}
