package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.saola.crm.deploy.Platform;

/**
 * The security suite's edge part, against the real platform: which origins Keycloak answers for the web app,
 * and what of the platform's inside an outsider can reach.
 */
class SecurityEdgeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    @Test
    void keycloakAllowsTheWebAppOnlyFromWorkspaceHosts() throws Exception {
        TestWorkspaces.Workspace workspace = TestWorkspaces.signUp("cors");
        String own = platform.workspaceUrl(workspace.slug());

        HttpResponse<String> fromWorkspace = login(workspace, own);
        HttpResponse<String> fromElsewhere = login(workspace, "http://evil.example");
        HttpResponse<String> fromLookalike = login(workspace, "http://" + workspace.slug() + ".localhost.evil.example");

        assertThat(fromWorkspace.statusCode()).isEqualTo(200);
        assertThat(fromWorkspace.headers().firstValue("Access-Control-Allow-Origin")).hasValue(own);
        assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(fromLookalike.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theGatewayServesNoneOfThePlatformsInsides() throws Exception {
        TestWorkspaces.Workspace workspace = TestWorkspaces.signUp("ben-trong");
        Gateway gateway = new Gateway(platform.gatewayUrl(), "localhost");
        for (String path : java.util.List.of("/actuator/prometheus", "/actuator/gateway-routes", "/actuator/health",
                "/actuator/env", "/internal/workspaces/" + workspace.slug(), "/internal/workspaces/demo/suspend")) {
            assertThat(gateway.get(workspace.slug(), path, null).statusCode()).as(path).isIn(401, 404);
            assertThat(gateway.get(workspace.slug(), path, workspace.admin().token()).statusCode()).as(path)
                    .isEqualTo(404);
            assertThat(gateway.get(null, path, null).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(gateway.get(null, "/readyz", null).statusCode()).isEqualTo(200);
        // what an operator scrapes is on the management port, on loopback
        assertThat(gateway.actuator("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(gateway.actuator("/actuator/gateway-routes").body()).contains("/api/accounts");
    }

    @Test
    void aWorkspaceFloodingTheGatewayWithAbortedAndFailingRequestsLeavesAnotherAtZeroErrors() throws Exception {
        TestWorkspaces.Workspace noisy = TestWorkspaces.signUp("on-ao");
        TestWorkspaces.Workspace quiet = TestWorkspaces.signUp("yen-tinh");
        java.util.concurrent.atomic.AtomicBoolean flooding = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> failing = java.util.List.of("/api/accounts?filter=" + URLEncoder.encode("name eq",
                StandardCharsets.UTF_8), "/api/accounts/0000000000000000deadbeef", "/api/leads?limit=abc",
                "/api/accounts");
        int port = URI.create(platform.gatewayUrl()).getPort();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            for (int worker = 0; worker < 16; worker++) {
                int offset = worker;
                pool.submit(() -> {
                    for (int i = offset; flooding.get(); i++) {
                        // every other request is given up by its client after 5 ms: aborted mid-flight
                        Duration patience = i % 2 == 0 ? Duration.ofMillis(5) : Duration.ofSeconds(20);
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + failing.get(i % failing.size())))
                                .timeout(patience)
                                .header("Host", noisy.slug() + ".localhost:" + port)
                                .header("Authorization", "Bearer " + noisy.admin().token()).GET().build();
                        try {
                            HTTP.send(request, HttpResponse.BodyHandlers.discarding());
                        } catch (java.io.IOException | InterruptedException abortedOrRefused) {
                            // the noisy workspace's own problem
                        }
                        sent.incrementAndGet();
                    }
                    return null;
                });
            }
            Gateway gateway = new Gateway(platform.gatewayUrl(), "localhost");
            java.util.List<Integer> quietStatuses = new java.util.ArrayList<>();
            long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (System.nanoTime() < until) {
                quietStatuses.add(gateway.get(quiet.slug(), "/api/accounts?limit=5", quiet.admin().token())
                        .statusCode());
            }

            assertThat(sent.get()).as("the flood really ran").isGreaterThan(50);
            assertThat(quietStatuses).isNotEmpty().allMatch(status -> status == 200);
        } finally {
            flooding.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    private static HttpResponse<String> login(TestWorkspaces.Workspace workspace, String origin) throws Exception {
        String form = "grant_type=password&client_id=saola-web&scope="
                + URLEncoder.encode("openid organization:" + workspace.slug(), StandardCharsets.UTF_8)
                + "&username=" + URLEncoder.encode(workspace.admin().email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(workspace.admin().password(), StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.issuerUri() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
