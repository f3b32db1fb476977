package io.saola.crm.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import io.saola.crm.gateway.routing.ServiceRoute;
import io.saola.crm.gateway.routing.ServiceRoutes;
import io.saola.crm.gateway.support.GatewayClient;
import io.saola.crm.gateway.support.StubService;
import io.saola.crm.gateway.support.StubServices;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.test.security.TestIdentityProvider;
import io.saola.crm.platform.test.security.TestTokens;

import static io.saola.crm.gateway.support.GatewayClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The gateway end to end, with stub services and the test identity provider. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayEdgeTest {

    private static final StubServices SERVICES = StubServices.shared();
    private static final TestIdentityProvider IDENTITY_PROVIDER = TestIdentityProvider.shared();
    private static final String DEMO = "demo.localhost:8080";
    private static final String PROBLEMS = "https://saola.io/problems/";

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
        IDENTITY_PROVIDER.registerProperties(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ServiceRoutes routes;
    @Autowired
    ApplicationContext context;

    GatewayClient gateway;
    TestTokens tokens;

    @BeforeAll
    static void workspaces() {
        SERVICES.identity().workspace("demo", "ACTIVE");
        SERVICES.identity().workspace("acme", "ACTIVE");
        SERVICES.identity().workspace("frozen", "SUSPENDED");
    }

    @BeforeEach
    void setUp() {
        gateway = new GatewayClient(port);
        tokens = IDENTITY_PROVIDER.tokens();
        SERVICES.reset();
    }

    // ---- routing ----

    @Test
    void routeTableSendsEachApiToTheServiceThatOwnsIt() {
        Map<String, List<String>> table = new LinkedHashMap<>();
        routes.all().forEach(route -> table.put(route.service(), route.pathPrefixes()));

        assertThat(table).containsExactly(
                Map.entry("identity", List.of("/api/workspaces", "/api/members", "/api/invitations", "/api/teams",
                        "/api/api-clients")),
                Map.entry("customer", List.of("/api/accounts", "/api/contacts", "/api/activities")),
                Map.entry("sales", List.of("/api/leads", "/api/opportunities", "/api/competitors", "/api/partners")),
                Map.entry("sales-data", List.of("/api/products", "/api/unit-groups", "/api/price-books",
                        "/api/quotes", "/api/orders", "/api/contracts")),
                Map.entry("service-desk", List.of("/api/tickets")),
                Map.entry("marketing", List.of("/api/campaigns")),
                Map.entry("reporting", List.of("/api/reports")));
    }

    @Test
    void everyRouteOfTheTableReachesItsService() {
        String authorization = tokens.member("demo", Role.SALES_MANAGER).authorization();
        SoftAssertions softly = new SoftAssertions();
        for (ServiceRoute route : routes.all()) {
            for (String prefix : route.pathPrefixes()) {
                for (String path : List.of(prefix, prefix + "/some-id/items")) {
                    HttpResponse<String> response = gateway.get(DEMO, path, "Authorization", authorization);
                    softly.assertThat(response.statusCode()).as(path).isEqualTo(200);
                    softly.assertThat(response.headers().firstValue(StubService.SERVICE_HEADER)).as(path)
                            .hasValue(route.service());
                    StubService.Received received = SERVICES.get(route.service()).lastReceived();
                    softly.assertThat(received.path()).as(path).isEqualTo(path);
                    softly.assertThat(received.header("X-Saola-Workspace")).as(path).containsExactly("demo");
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void forwardsMethodQueryBodyAndTheOriginalAuthorization() {
        String authorization = tokens.member("demo", Role.SALES_REP).authorization();

        HttpResponse<String> response = gateway.send(gateway.request(DEMO, "/api/leads?source=web&x=%C3%A9")
                .POST(HttpRequest.BodyPublishers.ofString("{\"company\":\"Saola\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        StubService.Received received = SERVICES.get("sales").lastReceived();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/api/leads");
        // the gateway rebuilds the query from the parameters: same parameters, order not guaranteed
        assertThat(received.query().split("&")).containsExactlyInAnyOrder("source=web", "x=%C3%A9");
        assertThat(received.body()).isEqualTo("{\"company\":\"Saola\"}");
        assertThat(received.header("Authorization")).containsExactly(authorization);
        assertThat(received.header("Content-Type")).containsExactly("application/json");
        assertThat(received.headers()).doesNotContainKey("accept-encoding");
    }

    @Test
    void forwardsFormBodiesAsBodies() {
        HttpResponse<String> response = gateway.send(gateway.request(DEMO, "/api/tickets?channel=web")
                .POST(HttpRequest.BodyPublishers.ofString("subject=Printer&priority=high"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", tokens.member("demo").authorization())
                .header("X-Forwarded-Host", "evil.example.com")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        StubService.Received received = SERVICES.get("service-desk").lastReceived();
        // Spring Cloud Gateway rebuilds form bodies from the parameters (here with a leading '&'): same form
        assertThat(received.body().split("&")).filteredOn(pair -> !pair.isEmpty())
                .containsExactlyInAnyOrder("subject=Printer", "priority=high");
        assertThat(received.query()).isEqualTo("channel=web");
    }

    @Test
    void passesTheServiceAnswerThroughUnchanged() {
        SERVICES.get("customer").answerWith(404);

        HttpResponse<String> response = gateway.get(DEMO, "/api/contacts/404",
                "Authorization", tokens.member("demo").authorization());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("service").asString()).isEqualTo("customer");
    }

    @Test
    void propagatesTheTraceToTheService() {
        gateway.get(DEMO, "/api/tickets", "Authorization", tokens.member("demo").authorization());

        StubService.Received received = SERVICES.get("service-desk").lastReceived();
        assertThat(received.header("traceparent")).hasSize(1);
    }

    @Test
    void listsTheRouteTableWithoutServiceAddresses() {
        HttpResponse<String> response = gateway.get("127.0.0.1:8080", "/actuator/gateway-routes");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode listed = json(response);
        assertThat(listed.size()).isEqualTo(routes.all().size());
        List<String> services = new ArrayList<>();
        listed.forEach(route -> services.add(route.get("service").asString()));
        assertThat(services).containsExactlyElementsOf(routes.all().stream().map(ServiceRoute::service).toList());
        assertThat(listed.get(1).get("paths").get(0).asString()).isEqualTo("/api/accounts");
        assertThat(response.body()).doesNotContain("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nothing", "/api/accountsx", "/", "/index.html", "/internal/workspaces/demo"})
    void answersPathsNoServiceOwnsWithNotFound(String path) {
        HttpResponse<String> response = gateway.get(DEMO, path, "Authorization", tokens.member("demo").authorization());

        assertProblem(response, 404, "not-found");
        assertThat(SERVICES.identity().workspaceLookups()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/accounts/../../internal/workspaces/demo", "/api/accounts/%2e%2e/x",
            "/api/accounts/1;jsessionid=x", "/api/accounts//1", "/api/accounts/%2F..%2Finternal"})
    void refusesPathsAServiceCouldReadDifferently(String path) {
        HttpResponse<String> response = gateway.get(DEMO, path, "Authorization", tokens.member("demo").authorization());

        assertProblem(response, 400, "malformed-request");
        SERVICES.reset();
        assertThat(SERVICES.get("customer").received()).isEmpty();
        assertThat(SERVICES.identity().received()).isEmpty();
    }

    // ---- workspace from the host ----

    @ParameterizedTest
    @ValueSource(strings = {"demo.localhost", "demo.localhost:8080", "DEMO.LocalHost:9999", "demo.localhost."})
    void resolvesTheWorkspaceFromTheHostWhateverItsCaseAndPort(String host) {
        HttpResponse<String> response = gateway.get(host, "/api/accounts",
                "Authorization", tokens.member("demo").authorization());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SERVICES.get("customer").lastReceived().header("X-Saola-Workspace")).containsExactly("demo");
    }

    @Test
    void stripsEveryClientTenantHeaderWhateverItsCase() {
        String authorization = tokens.member("demo").authorization();

        HttpResponse<String> response = gateway.get(DEMO, "/api/opportunities", "Authorization", authorization,
                "X-Saola-Workspace", "acme", "x-saola-workspace", "acme", "X-TENANT-ID", "acme",
                "x-tenant", "acme", "X-Workspace", "acme", "x-workspace-id", "acme", "X-Other", "kept");

        assertThat(response.statusCode()).isEqualTo(200);
        StubService.Received received = SERVICES.get("sales").lastReceived();
        assertThat(received.header("X-Saola-Workspace")).containsExactly("demo");
        assertThat(received.headers()).doesNotContainKeys("x-tenant-id", "x-tenant", "x-workspace", "x-workspace-id");
        assertThat(received.header("X-Other")).containsExactly("kept");
    }

    @Test
    void takesSignUpsOnTheBareDomainWithoutTokenAndWithoutWorkspace() {
        HttpResponse<String> response = gateway.send(gateway.request("localhost:8080", "/api/workspaces")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"newco\"}"))
                .header("Content-Type", "application/json")
                .header("X-Saola-Workspace", "demo")
                .header("X-Tenant-Id", "demo")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        StubService.Received received = SERVICES.identity().lastReceived();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo("{\"slug\":\"newco\"}");
        assertThat(received.headers()).doesNotContainKeys("x-saola-workspace", "x-tenant-id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/workspaces", "/api/accounts", "/api/workspaces/demo", "/"})
    void servesNothingElseOnTheBareDomain(String path) {
        HttpResponse<String> response = gateway.get("LOCALHOST", path,
                "Authorization", tokens.member("demo").authorization());

        assertProblem(response, 404, "not-found");
        assertThat(SERVICES.identity().received()).isEmpty();
        assertThat(SERVICES.get("customer").received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example.com", "127.0.0.1:8080", "demo.localhost.evil.com", "a.demo.localhost",
            "demolocalhost", "[::1]:8080", "x.localhost"})
    void refusesHostsThatNameNoWorkspace(String host) {
        HttpResponse<String> response = gateway.get(host, "/api/accounts",
                "Authorization", tokens.member("demo").authorization());

        assertProblem(response, 404, "unknown-host");
        assertThat(SERVICES.get("customer").received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-demo.localhost", "demo_x.localhost", "demo..localhost"})
    void answersHostsThatAreNotHostNamesWithAProblem(String host) {
        HttpResponse<String> response = gateway.get(host, "/api/accounts",
                "Authorization", tokens.member("demo").authorization());

        assertThat(response.statusCode()).isIn(400, 404);
        assertProblem(response, response.statusCode(), response.statusCode() == 400 ? "malformed-request" : "unknown-host");
        assertThat(SERVICES.get("customer").received()).isEmpty();
    }

    // ---- workspace status ----

    @Test
    void answersUnknownWorkspacesWithNotFound() {
        HttpResponse<String> response = gateway.get("ghost.localhost", "/api/accounts",
                "Authorization", tokens.member("ghost").authorization());

        assertProblem(response, 404, "unknown-workspace");
        assertThat(SERVICES.get("customer").received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "ghost"})
    void answersExistingAndMissingWorkspacesAlikeWithoutTheirToken(String slug) {
        HttpResponse<String> anonymous = gateway.get(slug + ".localhost", "/api/accounts");
        HttpResponse<String> otherWorkspace = gateway.get(slug + ".localhost", "/api/accounts",
                "Authorization", tokens.member("demo").authorization());

        assertProblem(anonymous, 401, "unauthorized");
        assertProblem(otherWorkspace, 403, "not-a-workspace-member");
        assertThat(SERVICES.identity().workspaceLookups()).isZero();
    }

    @Test
    void answersSuspendedWorkspacesWithForbidden() {
        HttpResponse<String> response = gateway.get("frozen.localhost", "/api/accounts",
                "Authorization", tokens.member("frozen", Role.WORKSPACE_ADMIN).authorization());

        assertProblem(response, 403, "workspace-suspended");
        assertThat(SERVICES.get("customer").received()).isEmpty();
    }

    @Test
    void looksEachWorkspaceUpOnceAndThenRemembersIt() {
        SERVICES.identity().workspace("cached", "ACTIVE");
        String authorization = tokens.member("cached").authorization();

        for (int i = 0; i < 5; i++) {
            assertThat(gateway.get("cached.localhost", "/api/tickets", "Authorization", authorization).statusCode())
                    .isEqualTo(200);
        }

        assertThat(SERVICES.identity().workspaceLookups()).isEqualTo(1);
    }

    // ---- token ----

    static Stream<Arguments> tokensThatAreNotValid() {
        TestTokens tokens = IDENTITY_PROVIDER.tokens();
        return Stream.<Map.Entry<String, Function<TestTokens, String>>>of(
                        Map.entry("forged signature", t -> t.member("demo").forgedSignature().authorization()),
                        Map.entry("unpublished key", t -> t.member("demo").signedWithUnpublishedKey().authorization()),
                        Map.entry("expired", t -> t.member("demo").expired().authorization()),
                        Map.entry("not yet valid", t -> t.member("demo").notYetValid().authorization()),
                        Map.entry("wrong issuer", t -> t.member("demo").wrongIssuer().authorization()),
                        Map.entry("wrong audience", t -> t.member("demo").wrongAudience().authorization()),
                        Map.entry("no audience", t -> t.member("demo").without("aud").authorization()),
                        Map.entry("no expiry", t -> t.member("demo").without("exp").authorization()),
                        Map.entry("alg none", t -> t.member("demo").unsigned().authorization()),
                        Map.entry("HS256", t -> t.member("demo").hs256().authorization()),
                        Map.entry("HS256 keyed with the public key",
                                t -> t.member("demo").hs256WithPublicKeyAsSecret().authorization()),
                        Map.entry("malformed", t -> "Bearer not-a-jwt"),
                        Map.entry("bad characters", t -> "Bearer abc def"))
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue().apply(tokens)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensThatAreNotValid")
    void refusesTokensThatAreNotValid(String problem, String authorization) {
        HttpResponse<String> response = gateway.get(DEMO, "/api/leads", "Authorization", authorization);

        assertProblem(response, 401, "unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer realm=\"saola\", error=\"invalid_token\""));
        assertThat(SERVICES.get("sales").received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic dXNlcjpwYXNz", "Bearer", "Bearer "})
    void asksForATokenWhenThereIsNone(String authorization) {
        HttpResponse<String> response = authorization.isEmpty()
                ? gateway.get(DEMO, "/api/leads")
                : gateway.get(DEMO, "/api/leads", "Authorization", authorization);

        assertProblem(response, 401, "unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"saola\"");
        assertThat(SERVICES.get("sales").received()).isEmpty();
    }

    @Test
    void letsAnInvitationBeAcceptedWithoutATokenButOnlyInsideAServedWorkspace() {
        HttpResponse<String> accepted = gateway.send(gateway.request(DEMO, "/api/invitations/accept")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"secret\"}"))
                .header("Content-Type", "application/json")
                .header("X-Saola-Workspace", "acme")
                .build());

        assertThat(accepted.statusCode()).isEqualTo(200);
        StubService.Received received = SERVICES.identity().lastReceived();
        assertThat(received.headers()).containsEntry("x-saola-workspace", List.of("demo"));

        HttpResponse<String> suspended = gateway.send(gateway.request("frozen.localhost", "/api/invitations/accept")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        assertProblem(suspended, 403, "workspace-suspended");
        // only the POST is open: reading invitations still needs a token
        assertProblem(gateway.get(DEMO, "/api/invitations/accept"), 401, "unauthorized");
        assertProblem(gateway.get(DEMO, "/api/members"), 401, "unauthorized");
    }

    @Test
    void refusesATokenOfAnotherWorkspace() {
        HttpResponse<String> response = gateway.get(DEMO, "/api/leads",
                "Authorization", tokens.member("acme", Role.WORKSPACE_ADMIN).authorization());

        assertProblem(response, 403, "not-a-workspace-member");
        assertThat(SERVICES.get("sales").received()).isEmpty();
    }

    @Test
    void refusesATokenWithOnlyAGroupOfTheWorkspace() {
        String authorization = tokens.member("acme").groups("/demo/workspace-admin").authorization();

        HttpResponse<String> response = gateway.get(DEMO, "/api/leads", "Authorization", authorization);

        assertProblem(response, 403, "not-a-workspace-member");
    }

    @Test
    void servesAPersonInEachOfTheirWorkspaces() {
        String authorization = tokens.member("demo", Role.SALES_REP).organizations("demo", "acme")
                .role("acme", Role.MARKETER).authorization();

        assertThat(gateway.get(DEMO, "/api/campaigns", "Authorization", authorization).statusCode()).isEqualTo(200);
        assertThat(SERVICES.get("marketing").lastReceived().header("X-Saola-Workspace")).containsExactly("demo");
        assertThat(gateway.get("acme.localhost", "/api/campaigns", "Authorization", authorization).statusCode())
                .isEqualTo(200);
        assertThat(SERVICES.get("marketing").lastReceived().header("X-Saola-Workspace")).containsExactly("acme");
    }

    @Test
    void servesAPartnerClientInTheWorkspaceItIsBoundTo() {
        String authorization = tokens.apiClient("demo", "acme-erp").authorization();

        assertThat(gateway.get(DEMO, "/api/orders", "Authorization", authorization).statusCode()).isEqualTo(200);
        assertProblem(gateway.get("acme.localhost", "/api/orders", "Authorization", authorization), 403,
                "not-a-workspace-member");
    }

    @Test
    void acceptsTheSameTokenAgainFromItsCache() {
        String authorization = tokens.member("demo").authorization();

        for (int i = 0; i < 3; i++) {
            assertThat(gateway.get(DEMO, "/api/quotes", "Authorization", authorization).statusCode()).isEqualTo(200);
        }
        assertThat(SERVICES.get("sales-data").received()).hasSize(3);
    }

    // ---- operations ----

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
            "/actuator/prometheus"})
    void servesHealthAndMetricsWithoutTokenOnAnyHost(String path) {
        assertThat(gateway.get("10.0.0.7:8080", path).statusCode()).isEqualTo(200);
        assertThat(gateway.get(DEMO, path).statusCode()).isEqualTo(200);
    }

    @Test
    void putsNoSpringSecurityFilterChainInFrontOfRequests() {
        assertThat(context.containsBean("springSecurityFilterChain")).isFalse();
        assertThat(context.getBeanNamesForType(
                org.springframework.security.web.SecurityFilterChain.class)).isEmpty();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(contentType ->
                assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo(PROBLEMS + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}
