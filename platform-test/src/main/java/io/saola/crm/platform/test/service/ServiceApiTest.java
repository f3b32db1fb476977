package io.saola.crm.platform.test.service;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Creating at {@code path} as {@code caller} with an owner or a team from outside the caller's workspace (a
     * member of another workspace, a made-up id, another workspace's team beside the workspace's own
     * {@code member}): each answers 422 problem+json naming the one field, and nothing is listed afterwards.
     */
    protected void assertAssignmentsOutsideTheWorkspaceAreRefused(Caller caller, String path, Map<String, Object> body,
                                                                   String memberElsewhere, String member,
                                                                   String teamElsewhere) {
        Response otherMember = post(caller, path, with(body, "ownerId", memberElsewhere));
        Response madeUp = post(caller, path, with(body, "ownerId", "nobody-at-all"));
        Response otherTeam = post(caller, path, with(with(body, "ownerId", member), "teamId", teamElsewhere));

        assertThat(otherMember.status()).as(path).isEqualTo(422);
        assertThat(otherMember.header("Content-Type")).startsWith("application/problem+json");
        assertThat(problemFields(otherMember)).as(path).containsExactly("ownerId");
        assertThat(madeUp.status()).as(path).isEqualTo(422);
        assertThat(problemFields(madeUp)).as(path).containsExactly("ownerId");
        assertThat(otherTeam.status()).as(path).isEqualTo(422);
        assertThat(problemFields(otherTeam)).as(path).containsExactly("teamId");
        assertThat(get(caller, path).json().get("items")).as(path).isEmpty();
    }

    /** The fields a 422 problem names in its {@code errors}. */
    public static List<String> problemFields(Response problem) {
        return problem.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put(field, value);
        return changed;
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
