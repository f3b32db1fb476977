package io.saola.crm.platform.test.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.saola.crm.platform.tenancy.WorkspaceHeaders;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.security.TestIdentityProvider;

/**
 * What every Saola service must do as a process, whatever records it owns: start against the store and the
 * identity provider, report liveness and readiness, expose Prometheus metrics, and refuse its API to callers
 * without a valid token or with a workspace their token does not belong to, as problem+json. A service's test
 * extends this with {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and names one of its API paths.
 */
public abstract class RunnableServiceContract {

    private static final MongoServer STORE = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress STORE_ADDRESS = STORE.bind();
    protected static final TestIdentityProvider IDENTITY_PROVIDER = TestIdentityProvider.shared();
    protected static final TestKafka KAFKA = TestKafka.shared();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(STORE::shutdownNow, "contract-store-stop"));
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        properties.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + STORE_ADDRESS.getPort());
        // a real broker: services publish their outbox as they run (one embedded broker per test JVM)
        properties.add("spring.kafka.bootstrap-servers", () -> KAFKA.start().bootstrapServers());
        IDENTITY_PROVIDER.registerProperties(properties);
    }

    /** A path of the service's API that needs an authenticated member. */
    protected abstract String protectedApiPath();

    @Test
    void reportsLivenessReadinessAndMetrics() throws Exception {
        assertThat(get("/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get("/actuator/prometheus", null, null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void refusesItsApiWithoutAValidToken() throws Exception {
        HttpResponse<String> anonymous = get(protectedApiPath(), null, "acme");
        HttpResponse<String> forged = get(protectedApiPath(),
                IDENTITY_PROVIDER.tokens().member("acme").forgedSignature().build(), "acme");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAWorkspaceTheTokenDoesNotBelongTo() throws Exception {
        String token = IDENTITY_PROVIDER.tokens().member("acme").build();

        HttpResponse<String> response = get(protectedApiPath(), token, "globex");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.saola");
    }

    protected HttpResponse<String> get(String path, String token, String workspace) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (workspace != null) {
            request.header(WorkspaceHeaders.FORWARDED_WORKSPACE, workspace);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
