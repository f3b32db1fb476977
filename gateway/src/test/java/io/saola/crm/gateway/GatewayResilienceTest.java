package io.saola.crm.gateway;

import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import io.saola.crm.gateway.support.GatewayClient;
import io.saola.crm.gateway.support.StubService;
import io.saola.crm.gateway.workspace.WorkspaceDirectory;
import io.saola.crm.platform.test.security.TestIdentityProvider;
import io.saola.crm.platform.test.security.TestTokens;

import static io.saola.crm.gateway.support.GatewayClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clients get when something behind the gateway fails, and the per-workspace rate limit. Each test uses
 * its own workspace, so the rate limit of one does not interfere with another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "saola.gateway.routing.services.sales.timeout=300ms",
        "saola.gateway.routing.services.marketing.timeout=300ms",
        "saola.gateway.routing.circuit-breaker.sliding-window=4",
        "saola.gateway.routing.circuit-breaker.minimum-calls=4",
        "saola.gateway.routing.circuit-breaker.open-for=30s",
        "saola.gateway.workspaces.fresh-for=500ms",
        "saola.gateway.workspaces.stale-if-error=1m",
        "saola.gateway.rate-limit.requests-per-second=1",
        "saola.gateway.rate-limit.burst=5"})
class GatewayResilienceTest {

    private static final TestIdentityProvider IDENTITY_PROVIDER = TestIdentityProvider.shared();
    private static final StubService IDENTITY = StubService.start("identity");
    private static final StubService BACKEND = StubService.start("backend");
    private static final String UNREACHABLE = StubService.unreachableUrl();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        IDENTITY_PROVIDER.registerProperties(registry);
        registry.add("saola.gateway.workspaces.identity-url", IDENTITY::url);
        for (String service : new String[] {"identity", "sales", "sales-data", "service-desk", "marketing", "reporting"}) {
            registry.add("saola.gateway.routing.services." + service + ".url", BACKEND::url);
        }
        registry.add("saola.gateway.routing.services.customer.url", () -> UNREACHABLE);
    }

    @AfterAll
    static void stopStubs() {
        IDENTITY.close();
        BACKEND.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    WorkspaceDirectory directory;
    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    GatewayClient gateway;
    TestTokens tokens;

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port);
        tokens = IDENTITY_PROVIDER.tokens();
        IDENTITY.reset();
        BACKEND.reset();
        directory.forgetAll();
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void answersServiceUnavailableWhenTheServiceCannotBeReached() {
        IDENTITY.workspace("down", "ACTIVE");

        HttpResponse<String> response = get("down", "/api/accounts");

        assertUnavailable(response);
        assertThat(json(response).get("detail").asString()).contains("customer").contains("cannot be reached");
    }

    @Test
    void answersServiceUnavailableWhenTheServiceDoesNotAnswerWithinItsRouteTimeout() {
        IDENTITY.workspace("slow", "ACTIVE");
        BACKEND.delayAnswers(Duration.ofSeconds(3));

        long started = System.nanoTime();
        HttpResponse<String> response = get("slow", "/api/leads");
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertUnavailable(response);
        assertThat(json(response).get("detail").asString()).contains("sales").contains("300 ms");
        assertThat(waited).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void stopsCallingAServiceThatDoesNotAnswerForAWhile() {
        IDENTITY.workspace("flaky", "ACTIVE");
        BACKEND.delayAnswers(Duration.ofSeconds(1));
        for (int i = 0; i < 4; i++) {
            assertThat(get("flaky", "/api/campaigns").statusCode()).isEqualTo(503);
        }
        assertThat(BACKEND.received()).hasSize(4);

        HttpResponse<String> response = get("flaky", "/api/campaigns");

        assertUnavailable(response);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(BACKEND.received()).hasSize(4);
        assertThat(circuitBreakers.circuitBreaker("marketing").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 422, 500, 502, 503, 504})
    void keepsCallingAServiceWhoseErrorAnswersItChose(int status) {
        String workspace = "noisy-" + status;
        IDENTITY.workspace(workspace, "ACTIVE");
        BACKEND.answerWith(status);
        for (int i = 0; i < 5; i++) {
            assertThat(get(workspace, "/api/campaigns").statusCode()).isEqualTo(status);
        }

        assertThat(BACKEND.received()).hasSize(5);
        assertThat(circuitBreakers.circuitBreaker("marketing").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void answersServiceUnavailableWhenIdentityCannotSayWhetherTheWorkspaceExists() {
        IDENTITY.workspace("newcomer", "ACTIVE");
        IDENTITY.failWorkspaceLookups(true);

        HttpResponse<String> response = get("newcomer", "/api/tickets");

        assertUnavailable(response);
        assertThat(BACKEND.received()).isEmpty();
    }

    @Test
    void keepsServingAKnownWorkspaceWhileIdentityIsDown() throws InterruptedException {
        IDENTITY.workspace("steady", "ACTIVE");
        assertThat(get("steady", "/api/tickets").statusCode()).isEqualTo(200);
        IDENTITY.failWorkspaceLookups(true);
        Thread.sleep(700); // past fresh-for: the next request triggers a lookup, which fails

        assertThat(get("steady", "/api/tickets").statusCode()).isEqualTo(200);
        assertThat(get("steady", "/api/tickets").statusCode()).isEqualTo(200);
        assertThat(IDENTITY.workspaceLookups()).isGreaterThan(1);
    }

    @Test
    void noticesASuspensionOnceTheStatusIsNoLongerFresh() throws InterruptedException {
        IDENTITY.workspace("later-frozen", "ACTIVE");
        assertThat(get("later-frozen", "/api/tickets").statusCode()).isEqualTo(200);
        IDENTITY.workspace("later-frozen", "SUSPENDED");
        Thread.sleep(700);

        get("later-frozen", "/api/tickets"); // may still be served while the status is looked up again
        Thread.sleep(200);

        assertThat(get("later-frozen", "/api/tickets").statusCode()).isEqualTo(403);
    }

    @Test
    void limitsTheRequestsOfABusyWorkspaceAndSaysWhenToRetry() {
        IDENTITY.workspace("busy", "ACTIVE");
        IDENTITY.workspace("quiet", "ACTIVE");
        for (int i = 0; i < 5; i++) {
            assertThat(get("busy", "/api/reports").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> limited = get("busy", "/api/reports");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json(limited).get("type").asString()).isEqualTo("https://saola.io/problems/too-many-requests");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(BACKEND.received()).hasSize(5);
        assertThat(get("quiet", "/api/reports").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String workspace, String path) {
        return gateway.get(workspace + ".localhost", path,
                "Authorization", tokens.member(workspace).authorization());
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://saola.io/problems/service-unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
    }
}
