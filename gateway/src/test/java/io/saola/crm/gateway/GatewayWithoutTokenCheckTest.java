package io.saola.crm.gateway;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.saola.crm.gateway.support.GatewayClient;
import io.saola.crm.gateway.support.StubService;
import io.saola.crm.gateway.support.StubServices;
import io.saola.crm.platform.test.security.TestIdentityProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark switch skips token verification and nothing else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "saola.gateway.token.check=false")
class GatewayWithoutTokenCheckTest {

    private static final StubServices SERVICES = StubServices.shared();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
        TestIdentityProvider.shared().registerProperties(registry);
    }

    @LocalServerPort
    int port;

    GatewayClient gateway;

    @BeforeAll
    static void workspaces() {
        SERVICES.identity().workspace("demo", "ACTIVE");
        SERVICES.identity().workspace("frozen", "SUSPENDED");
    }

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port);
        SERVICES.reset();
    }

    @Test
    void forwardsRequestsWithoutVerifyingTokens() {
        HttpResponse<String> response = gateway.get("demo.localhost", "/api/leads", "X-Tenant-Id", "acme",
                "X-Saola-Workspace", "acme");

        assertThat(response.statusCode()).isEqualTo(200);
        StubService.Received received = SERVICES.get("sales").lastReceived();
        assertThat(received.header("X-Saola-Workspace")).containsExactly("demo");
        assertThat(received.headers()).doesNotContainKey("x-tenant-id");
    }

    @Test
    void stillResolvesAndChecksTheWorkspace() {
        assertThat(gateway.get("ghost.localhost", "/api/leads").statusCode()).isEqualTo(404);
        assertThat(gateway.get("frozen.localhost", "/api/leads").statusCode()).isEqualTo(403);
        assertThat(gateway.get("evil.example.com", "/api/leads").statusCode()).isEqualTo(404);
        assertThat(SERVICES.get("sales").received()).isEmpty();
    }
}
