package io.saola.crm.platform.test.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.saola.crm.platform.directory.MemberDirectory;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceHeaders;
import io.saola.crm.platform.test.directory.TestDirectory;
import io.saola.crm.platform.test.mongo.TestMongoStore;
import io.saola.crm.platform.test.security.TestIdentityProvider;

/**
 * A service over HTTP with real signed tokens, on the shared in-process store, as the gateway would forward the
 * request. A service's API test base extends it and adds its own {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT, properties = ...)}.
 */
public abstract class ServiceApiTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final TestIdentityProvider IDENTITY_PROVIDER = TestIdentityProvider.shared();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    private ObjectProvider<MemberDirectory> workspaceDirectory;

    @DynamicPropertySource
    static void storeAndIdentityProvider(DynamicPropertyRegistry registry) {
        TestMongoStore.shared().registerProperties(registry);
        IDENTITY_PROVIDER.registerProperties(registry);
    }

    /** A member of {@code workspace} with a fixed user id, holding {@code role}, in {@code teams}. */
    protected static Caller caller(String workspace, String userId, Role role, String... teams) {
        var token = IDENTITY_PROVIDER.tokens().member(workspace, role).subject(userId);
        for (String team : teams) {
            token.team(workspace, team);
        }
        return new Caller(workspace, userId, token.build());
    }

    /** The service's workspace directory, to seed with the members and teams a test names as owners. */
    protected TestDirectory directory() {
        return new TestDirectory(workspaceDirectory.getObject());
    }

    public Response call(Caller caller, String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header(WorkspaceHeaders.FORWARDED_WORKSPACE, caller.workspace())
                    .header("Authorization", "Bearer " + caller.token());
            headers.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String text = body instanceof String raw ? raw : JSON.writeValueAsString(body);
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public Response get(Caller caller, String path) {
        return call(caller, "GET", path, null, Map.of());
    }

    public Response post(Caller caller, String path, Object body) {
        return call(caller, "POST", path, body, Map.of());
    }

    public Response post(Caller caller, String path, Object body, String ifMatch) {
        return call(caller, "POST", path, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    public Response put(Caller caller, String path, Object body, String ifMatch) {
        return call(caller, "PUT", path, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    public Response delete(Caller caller, String path) {
        return call(caller, "DELETE", path, null, Map.of());
    }

    public record Caller(String workspace, String userId, String token) {
    }

    public record Response(int status, String body, Map<String, List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String id() {
            return json().get("id").asString();
        }
    }
}
