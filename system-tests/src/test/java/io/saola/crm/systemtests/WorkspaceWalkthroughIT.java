package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.saola.crm.deploy.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * README's walk-through, end to end with the real Keycloak: a company signs up on the base domain, its admin logs
 * in, invites a rep, the rep accepts without an account and logs in, sees what a rep may see and nothing of
 * other workspaces; a partner's API client works on that workspace only until revoked; deactivated, the rep can
 * no longer get into the workspace.
 */
class WorkspaceWalkthroughIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Platform platform;
    private static Gateway gateway;
    private static int port;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        gateway = new Gateway(platform.gatewayUrl(), "localhost");
        port = URI.create(platform.gatewayUrl()).getPort();
    }

    @Test
    void signUpInviteAcceptAndDeactivate() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        String slug = "cty-" + suffix;
        String adminEmail = "giam.doc@" + slug + ".vn";
        String repEmail = "nhan.vien@" + slug + ".vn";

        TestWorkspaces.Workspace workspace = TestWorkspaces.signUp(slug, "Công ty " + suffix, adminEmail);
        String adminToken = workspace.admin().token();
        HttpResponse<String> current = gateway.get(slug, "/api/workspaces/current", adminToken);
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(JSON.readTree(current.body()).get("you").get("roles").toString()).contains("workspace-admin");

        HttpResponse<String> invited = send("POST", slug, "/api/invitations", adminToken,
                "{\"email\": \"" + repEmail + "\", \"roles\": [\"sales-rep\"]}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String secret = TestWorkspaces.invitationSecret(repEmail);
        assertThat(invited.body()).as("the secret reaches the invitee's mailbox only").doesNotContain(secret);

        HttpResponse<String> accepted = send("POST", slug, "/api/invitations/accept", null,
                "{\"secret\": \"" + secret + "\", \"password\": \"Mat-khau-2027\", \"firstName\": \"Minh\","
                        + " \"lastName\": \"Trần\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        String repId = JSON.readTree(accepted.body()).get("userId").asString();

        String repToken = KeycloakLogin.accessToken(platform.issuerUri(), slug, repEmail, "Mat-khau-2027");
        JsonNode repView = JSON.readTree(gateway.get(slug, "/api/workspaces/current", repToken).body());
        assertThat(repView.get("you").get("roles").toString()).contains("sales-rep").doesNotContain("workspace-admin");
        assertThat(gateway.get(slug, "/api/members", repToken).body()).contains(adminEmail).contains(repEmail);
        assertThat(send("POST", slug, "/api/invitations", repToken,
                "{\"email\": \"x@" + slug + ".vn\", \"roles\": [\"sales-rep\"]}").statusCode()).isEqualTo(403);
        assertThat(gateway.get("demo", "/api/workspaces/current", repToken).statusCode()).isEqualTo(403);
        assertThat(gateway.get(slug, "/api/workspaces/current", KeycloakLogin.accessToken(platform.issuerUri(),
                "demo", "admin@demo.local", "demo1234")).statusCode()).isEqualTo(403);

        // a partner system's client: its token works on this workspace's address only, with the roles chosen
        HttpResponse<String> client = send("POST", slug, "/api/api-clients", adminToken,
                "{\"name\": \"ERP\", \"roles\": [\"sales-manager\"]}");
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(client.body());
        String clientId = created.get("client").get("clientId").asString();
        String clientSecret = created.get("clientSecret").asString();
        String partnerToken = KeycloakLogin.clientToken(platform.issuerUri(), clientId, clientSecret);
        HttpResponse<String> asPartner = gateway.get(slug, "/api/workspaces/current", partnerToken);
        assertThat(asPartner.statusCode()).as(asPartner.body()).isEqualTo(200);
        assertThat(JSON.readTree(asPartner.body()).get("you").get("roles").toString()).contains("sales-manager");
        assertThat(gateway.get("demo", "/api/workspaces/current", partnerToken).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", slug, "/api/api-clients/" + clientId, adminToken, "").statusCode()).isEqualTo(200);
        assertThat(KeycloakLogin.clientTokenStatus(platform.issuerUri(), clientId, clientSecret)).isEqualTo(401);

        HttpResponse<String> deactivated = send("POST", slug, "/api/members/" + repId + "/deactivate", adminToken, "");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        // a new login no longer carries the workspace: the gateway refuses it
        String afterwards = KeycloakLogin.accessToken(platform.issuerUri(), slug, repEmail, "Mat-khau-2027");
        assertThat(gateway.get(slug, "/api/workspaces/current", afterwards).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> send(String method, String workspace, String path, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", (workspace == null ? "" : workspace + ".") + "localhost:" + port)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
