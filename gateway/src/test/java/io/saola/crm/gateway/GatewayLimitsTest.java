package io.saola.crm.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.saola.crm.gateway.support.GatewayClient;
import io.saola.crm.gateway.support.StubService;
import io.saola.crm.platform.test.security.TestIdentityProvider;
import io.saola.crm.platform.test.security.TestTokens;

/**
 * Each workspace's share of the gateway: a bulkhead on its requests in flight, and the routes without a workspace
 * token (sign-up, confirmation, invitation acceptance) limited per client address, never on a workspace's budget.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "saola.gateway.limits.max-concurrent-per-workspace=2",
        "saola.gateway.limits.anonymous-requests-per-second=0.01",
        "saola.gateway.limits.anonymous-burst=3",
        "saola.gateway.rate-limit.requests-per-second=1000",
        "saola.gateway.rate-limit.burst=1000"})
class GatewayLimitsTest {

    private static final TestIdentityProvider IDENTITY_PROVIDER = TestIdentityProvider.shared();
    private static final StubService IDENTITY = StubService.start("identity");
    private static final StubService SLOW = StubService.start("slow");

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        IDENTITY_PROVIDER.registerProperties(registry);
        registry.add("saola.gateway.workspaces.identity-url", IDENTITY::url);
        for (String service : new String[] {"identity", "customer", "sales", "sales-data", "service-desk",
                "marketing", "reporting"}) {
            registry.add("saola.gateway.routing.services." + service + ".url",
                    () -> service.equals("identity") ? IDENTITY.url() : SLOW.url());
        }
    }

    @AfterAll
    static void stopStubs() {
        IDENTITY.close();
        SLOW.close();
    }

    @LocalServerPort
    int port;

    GatewayClient gateway;
    TestTokens tokens;

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port);
        tokens = IDENTITY_PROVIDER.tokens();
        IDENTITY.reset();
        SLOW.reset();
        IDENTITY.workspace("demo", "ACTIVE");
        IDENTITY.workspace("acme", "ACTIVE");
    }

    @Test
    void aWorkspaceWithTooManyRequestsInFlightIsToldToWaitWhileAnotherIsServed() throws Exception {
        SLOW.delayAnswers(Duration.ofSeconds(3));
        String demo = tokens.member("demo").authorization();
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            flood.add(CompletableFuture.supplyAsync(() -> gateway.get("demo.localhost", "/api/leads",
                    "Authorization", demo)));
        }
        // two demo requests held by the slow service, the other two refused, before the other workspace asks
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() ->
                SLOW.received().size() >= 2 && flood.stream().filter(CompletableFuture::isDone).count() >= 2);
        HttpResponse<String> other = gateway.get("acme.localhost", "/api/leads",
                "Authorization", tokens.member("acme").authorization());

        List<Integer> statuses = flood.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(2);
        assertThat(statuses).filteredOn(status -> status == 503).hasSize(2);
        assertThat(other.statusCode()).isEqualTo(200);
        HttpResponse<String> busy = flood.stream().map(CompletableFuture::join)
                .filter(response -> response.statusCode() == 503).findFirst().orElseThrow();
        assertThat(busy.body()).contains("workspace-busy");
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        // the permits come back when the requests are done
        SLOW.delayAnswers(Duration.ZERO);
        assertThat(gateway.get("demo.localhost", "/api/leads", "Authorization", demo).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousRoutesSpendTheClientsBudgetAndNeverAWorkspaces() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(gateway.send(gateway.request("localhost", "/api/workspaces")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                    .build()).statusCode());
        }
        HttpResponse<String> accept = gateway.send(gateway.request("demo.localhost", "/api/invitations/accept")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());

        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
        assertThat(accept.statusCode()).as("the same address, on another anonymous route").isEqualTo(429);
        assertThat(accept.headers().firstValue("Retry-After")).isPresent();
        assertThat(gateway.get("demo.localhost", "/api/members", "Authorization", tokens.member("demo").authorization())
                .statusCode()).as("the workspace's own requests are not limited by it").isEqualTo(200);
    }
}
