package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.saola.crm.deploy.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers through the gateway with real Keycloak logins: a workspace admin and a sales rep of a fresh
 * workspace keep accounts, contacts and a call; search ignores Vietnamese diacritics and phone formatting;
 * duplicates are caught; the rep sees only their own records and may not delete.
 */
class CustomersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Platform platform;
    private static int port;
    private static String slug;
    private static String admin;
    private static String rep;

    @BeforeAll
    static void aWorkspaceWithAnAdminAndARep() throws Exception {
        platform = RunningPlatform.get();
        port = URI.create(platform.gatewayUrl()).getPort();
        TestWorkspaces.Workspace workspace = TestWorkspaces.signUp("kh");
        slug = workspace.slug();
        admin = workspace.admin().token();
        rep = workspace.inviteRep().token();
    }

    @Test
    void accountsContactsAndTheirTimeline() throws Exception {
        JsonNode account = created(send("POST", slug, "/api/accounts", admin, """
                {"type": "B2B", "name": "Công ty Đặng Nguyễn", "status": "NEED_IDENTIFIED",
                 "phone": "0912 345 678", "email": "Lien.He@DangNguyen.vn"}
                """));
        String accountId = account.get("id").asString();
        assertThat(account.get("phone").asString()).isEqualTo("+84912345678");
        assertThat(account.get("email").asString()).isEqualTo("lien.he@dangnguyen.vn");
        assertThat(account.get("statusLabel").asString()).isEqualTo("Phát sinh nhu cầu");

        HttpResponse<String> duplicate = send("POST", slug, "/api/accounts", admin,
                "{\"type\": \"B2B\", \"name\": \"Trùng\", \"phone\": \"+84 912 345 678\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains(accountId);

        created(send("POST", slug, "/api/contacts", admin, """
                {"name": "Nguyễn Thị Hà", "title": "Giám đốc", "accountId": "%s", "primary": true}
                """.formatted(accountId)));
        JsonNode call = created(send("POST", slug, "/api/activities", admin, """
                {"kind": "CALL", "subject": "Gọi giới thiệu", "at": "%s", "direction": "OUTBOUND", "done": true,
                 "about": {"type": "ACCOUNT", "id": "%s"}}
                """.formatted(Instant.now(), accountId)));
        assertThat(call.toString()).contains("Hoàn thành");

        assertThat(list("/api/accounts?q=" + encode("dang nguyen"), admin)).contains(accountId);
        assertThat(list("/api/accounts?q=" + encode("0912 345"), admin)).contains(accountId);
        assertThat(list("/api/contacts?q=" + encode("nguyen thi ha"), admin)).contains("Giám đốc");
        assertThat(list("/api/activities?aboutType=ACCOUNT&aboutId=" + accountId, admin)).contains("Gọi giới thiệu");

        // the rep keeps their own records and sees nothing of the admin's
        String repAccount = created(send("POST", slug, "/api/accounts", rep,
                "{\"type\": \"B2C\", \"name\": \"Chị Phạm Mai\"}")).get("id").asString();
        assertThat(list("/api/accounts", rep)).contains(repAccount).doesNotContain(accountId);
        assertThat(send("GET", slug, "/api/accounts/" + accountId, rep, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", slug, "/api/accounts?scope=all", rep, null).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", slug, "/api/accounts/" + repAccount, rep, null).statusCode()).isEqualTo(403);
        assertThat(list("/api/accounts", admin)).contains(repAccount).contains(accountId);
        assertThat(send("DELETE", slug, "/api/accounts/" + repAccount, admin, null).statusCode()).isEqualTo(204);
    }

    private static String list(String path, String token) throws Exception {
        HttpResponse<String> response = send("GET", slug, path, token, null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(String method, String workspace, String path, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", (workspace == null ? "" : workspace + ".") + "localhost:" + port)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
