package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.saola.crm.deploy.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Through the gateway, with tokens from the real Keycloak: every service answers the demo admin, and the
 * gateway's refusals (unknown or suspended workspace, missing, forged, tampered or foreign tokens) hold end to
 * end.
 */
class GatewayEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Platform platform;
    private static Gateway gateway;
    private static String demoToken;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = RunningPlatform.get();
        gateway = new Gateway(platform.gatewayUrl(), "localhost");
        demoToken = KeycloakLogin.accessToken(platform.issuerUri(), "admin@demo.local", "demo1234");
        registerWorkspace("globex", "ACTIVE");
        registerWorkspace("frozen", "SUSPENDED");
    }

    @Test
    void theDemoAdminSeesTheirWorkspaceThroughTheGateway() throws Exception {
        HttpResponse<String> response = gateway.get("demo", "/api/workspaces/current", demoToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("slug").asString()).isEqualTo("demo");
        assertThat(body.get("you").get("email").asString()).isEqualTo("admin@demo.local");
        assertThat(body.get("you").get("roles").toString()).contains("workspace-admin");
    }

    @Test
    void everyRouteOfTheGatewayReachesItsService() throws Exception {
        JsonNode routes = JSON.readTree(gateway.actuator("/actuator/gateway-routes").body());
        List<String> checked = new ArrayList<>();
        for (JsonNode route : routes) {
            String service = route.get("service").asString();
            for (JsonNode path : route.get("paths")) {
                HttpResponse<String> response = gateway.get("demo", path.asString(), demoToken);
                assertThat(response.headers().firstValue("X-Saola-Service"))
                        .as("%s answered by", path.asString()).hasValue(service + "-service");
                assertThat(response.statusCode()).as("%s: %s", path.asString(), response.body())
                        .isNotIn(401, 403, 500, 502, 503, 504);
                checked.add(path.asString());
            }
        }
        assertThat(checked).contains("/api/workspaces", "/api/accounts", "/api/leads", "/api/products",
                "/api/tickets", "/api/campaigns", "/api/reports");
    }

    @Test
    void anUnknownWorkspaceAnswersLikeAWorkspaceTheTokenIsNotFor() throws Exception {
        // the token is checked before the workspace's existence, so slugs cannot be probed
        HttpResponse<String> response = gateway.get("nobody-here", "/api/workspaces/current", demoToken);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aSuspendedWorkspaceIsForbidden() throws Exception {
        assertThat(gateway.get("frozen", "/api/workspaces/current", demoToken).statusCode()).isEqualTo(403);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorized() throws Exception {
        HttpResponse<String> anonymous = gateway.get("demo", "/api/workspaces/current", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();

        assertThat(gateway.get("demo", "/api/workspaces/current", forgedCopyOf(demoToken)).statusCode()).isEqualTo(401);
        assertThat(gateway.get("demo", "/api/workspaces/current", tampered(demoToken)).statusCode()).isEqualTo(401);
        assertThat(gateway.get("demo", "/api/workspaces/current", unsignedCopyOf(demoToken)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherWorkspaceIsForbidden() throws Exception {
        HttpResponse<String> response = gateway.get("globex", "/api/workspaces/current", demoToken);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Globex");
    }

    @Test
    void aClientCannotPickItsWorkspaceWithHeaders() throws Exception {
        HttpResponse<String> response = gateway.get("demo", "/api/workspaces/current", demoToken,
                Map.of("X-Saola-Workspace", "globex", "X-Tenant-Id", "globex"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("slug").asString()).isEqualTo("demo");
    }

    @Test
    void anOperatorSuspensionClosesTheWorkspaceAtTheGatewayUntilItIsReactivated() throws Exception {
        // the workspace's own admin asks: only a token of the workspace learns that it is suspended
        TestWorkspaces.Workspace paused = TestWorkspaces.signUp("paused");
        String token = paused.admin().token();
        String identity = platform.serviceUrl("identity-service");
        assertThat(gateway.get(paused.slug(), "/api/workspaces/current", token).statusCode()).isEqualTo(200);

        assertThat(operator(identity + "/internal/workspaces/" + paused.slug() + "/suspend")).isEqualTo(200);
        // the gateway keeps a workspace's status for at most 30 s before asking again
        assertThat(awaitStatus(paused.slug(), token, 403)).isEqualTo(403);
        assertThat(gateway.get(paused.slug(), "/api/workspaces/current", token).body())
                .contains("workspace-suspended");
        assertThat(gateway.get(paused.slug(), "/api/workspaces/current", null).statusCode())
                .as("without a token a suspended workspace looks like any other").isEqualTo(401);
        assertThat(operator(identity + "/internal/workspaces/" + paused.slug() + "/reactivate")).isEqualTo(200);
        assertThat(awaitStatus(paused.slug(), token, 200)).as("served again").isEqualTo(200);
    }

    private static int operator(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("X-Saola-Operator-Key", RunningPlatform.OPERATOR_KEY)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Polls (bounded: 90 s) until the workspace answers {@code expected} to a request with {@code token}. */
    private static int awaitStatus(String workspace, String token, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int status;
        do {
            status = gateway.get(workspace, "/api/workspaces/current", token).statusCode();
            if (status == expected) {
                return status;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return status;
    }

    /** Workspaces other than the demo one, written straight into identity-service's registry. */
    private static void registerWorkspace(String slug, String status) {
        try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
            mongo.getDatabase("saola-identity").getCollection("workspaces").replaceOne(new Document("_id", slug),
                    new Document("_id", slug).append("name", slug.substring(0, 1).toUpperCase() + slug.substring(1))
                            .append("status", status).append("locale", "vi").append("timeZone", "Asia/Ho_Chi_Minh")
                            .append("currency", "VND").append("createdAt", java.util.Date.from(Instant.now()))
                            .append("version", 0L),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
    }

    /** The same claims, signed with a key Keycloak never published. */
    private static String forgedCopyOf(String token) throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        RSAKey key = new RSAKeyGenerator(2048).keyID(SignedJWT.parse(token).getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), claims);
        forged.sign(new RSASSASigner(key));
        return forged.serialize();
    }

    /** Keycloak's signature over a payload that now claims another organization. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String changed = payload.replace("\"demo\"", "\"globex\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes()) + "."
                + parts[2];
    }

    /** The same payload with {@code alg: none} and no signature. */
    private static String unsignedCopyOf(String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        return header + "." + parts[1] + ".";
    }
}
