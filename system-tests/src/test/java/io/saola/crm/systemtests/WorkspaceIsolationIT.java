package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.saola.crm.deploy.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No workspace reaches another's data through any door of the gateway. Two workspaces are signed up and filled
 * through the API (members, teams, and records in every service that takes them); then, for every route the
 * gateway lists (the table grows with the services, this test with it), every method is tried across the
 * boundary: the other workspace's token on this host, this token on the other host, the other workspace's record
 * ids, client-sent tenant headers naming the other workspace, and filters naming {@code tenantId}. A leak is any
 * 2xx across the boundary, or any answer carrying the other workspace's data. Afterwards every seeded record
 * reads exactly as before: nothing was changed.
 */
class WorkspaceIsolationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> TENANT_HEADERS = List.of("X-Saola-Workspace", "X-Tenant-Id", "X-Workspace",
            "ce_tenantid");

    private static Platform platform;
    private static int port;
    private static List<String> prefixes;
    private static Tenant a;
    private static Tenant b;

    @BeforeAll
    static void twoFilledWorkspaces() throws Exception {
        platform = RunningPlatform.get();
        port = URI.create(platform.gatewayUrl()).getPort();
        prefixes = new ArrayList<>();
        JsonNode routes = JSON.readTree(new Gateway(platform.gatewayUrl(), "localhost")
                .actuator("/actuator/gateway-routes").body());
        for (JsonNode route : routes) {
            for (JsonNode path : route.get("paths")) {
                prefixes.add(path.asString());
            }
        }
        a = Tenant.signUp("a");
        b = Tenant.signUp("b");
    }

    @Test
    void noRequestCrossesFromOneWorkspaceToTheOther() throws Exception {
        Map<String, String> before = new LinkedHashMap<>();
        before.putAll(a.snapshot());
        before.putAll(b.snapshot());
        Attempts attempts = new Attempts();

        for (String prefix : prefixes) {
            for (Tenant[] pair : new Tenant[][] {{a, b}, {b, a}}) {
                Tenant attacker = pair[0];
                Tenant victim = pair[1];
                List<String> paths = new ArrayList<>(List.of(prefix, prefix + "/" + UUID.randomUUID()));
                victim.ids.getOrDefault(prefix, Set.of()).forEach(id -> paths.add(prefix + "/" + id));
                for (String method : METHODS) {
                    for (String path : paths) {
                        // the attacker's own token, at the victim's address
                        attempts.expectRefused(victim, method, victim.slug, path, attacker.adminToken, Map.of());
                        // the victim's ids, at the attacker's own address
                        if (!path.equals(prefix)) {
                            attempts.expectRefused(victim, method, attacker.slug, path, attacker.adminToken, Map.of());
                            attempts.expectRefused(victim, method, attacker.slug, path, attacker.repToken, Map.of());
                        }
                        // nobody's token
                        attempts.expectRefused(victim, method, victim.slug, path, null, Map.of());
                    }
                }
                for (String header : TENANT_HEADERS) {
                    // the attacker's token at its own address, claiming the victim's workspace by header
                    attempts.expectNoData(victim, "GET", attacker.slug, prefix, attacker.adminToken,
                            Map.of(header, victim.slug));
                    attempts.expectNoData(victim, "POST", attacker.slug, prefix, attacker.adminToken,
                            Map.of(header, victim.slug));
                }
                for (String filter : List.of("tenantId eq '" + victim.slug + "'", "tenantId ne 'x'",
                        "workspace eq '" + victim.slug + "'")) {
                    attempts.expectNoData(victim, "GET", attacker.slug,
                            prefix + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8),
                            attacker.adminToken, Map.of());
                }
            }
        }

        Map<String, String> after = new LinkedHashMap<>();
        after.putAll(a.snapshot());
        after.putAll(b.snapshot());
        System.out.printf(Locale.ROOT, "[isolation] %d routes, %d cross-workspace attempts, %d leaks; seeded %s%n",
                prefixes.size(), attempts.count, attempts.leaks.size(), a.seeded);
        assertThat(attempts.leaks).as("cross-workspace answers that leaked").isEmpty();
        assertThat(after).as("every seeded record reads as before").isEqualTo(before);
        assertThat(attempts.count).isGreaterThan(1_000);
    }

    /** Counts attempts and collects leaks. */
    private static final class Attempts {
        int count;
        final List<String> leaks = new ArrayList<>();

        void expectRefused(Tenant victim, String method, String host, String path, String token,
                           Map<String, String> headers) throws Exception {
            HttpResponse<String> response = send(method, host, path, token, "{}", headers);
            count++;
            if (response.statusCode() < 300 || victim.appearsIn(response.body())) {
                leaks.add(method + " " + host + path + " -> " + response.statusCode() + " "
                        + abbreviate(response.body()));
            }
        }

        void expectNoData(Tenant victim, String method, String host, String path, String token,
                          Map<String, String> headers) throws Exception {
            HttpResponse<String> response = send(method, host, path, token, "{}", headers);
            count++;
            if (victim.appearsIn(response.body())) {
                leaks.add(method + " " + host + path + " " + headers + " -> " + response.statusCode() + " "
                        + abbreviate(response.body()));
            }
        }
    }

    /** One signed-up workspace, its admin and rep, and the ids of what was created in it, per route prefix. */
    private static final class Tenant {
        final String slug;
        final String marker;
        final String adminToken;
        String repToken;
        final Map<String, Set<String>> ids = new LinkedHashMap<>();
        final List<String> seeded = new ArrayList<>();

        final TestWorkspaces.Workspace workspace;

        private Tenant(TestWorkspaces.Workspace workspace, String marker) {
            this.workspace = workspace;
            this.slug = workspace.slug();
            this.marker = marker;
            this.adminToken = workspace.admin().token();
        }

        static Tenant signUp(String name) throws Exception {
            String marker = "iso" + name + UUID.randomUUID().toString().substring(0, 6);
            TestWorkspaces.Workspace workspace = TestWorkspaces.signUp(marker, "Công ty " + marker,
                    "admin@" + marker + ".vn");
            Tenant tenant = new Tenant(workspace, marker);
            tenant.seed();
            return tenant;
        }

        private void seed() throws Exception {
            TestWorkspaces.Member rep = workspace.inviteRep();
            String repId = rep.userId();
            repToken = rep.token();
            create("/api/invitations", "{\"email\": \"pending@" + marker + ".vn\", \"roles\": [\"marketer\"]}");
            create("/api/teams", "{\"name\": \"Nhóm " + marker + "\", \"managerId\": \"" + repId + "\"}");
            // a record of every kind the services take, so that every route has the other workspace's ids to try
            String accountId = create("/api/accounts", "{\"type\": \"B2B\", \"name\": \"Khách hàng " + marker
                    + "\", \"email\": \"kh@" + marker + ".vn\"}").get("id").asString();
            create("/api/contacts", "{\"name\": \"Liên hệ " + marker + "\", \"email\": \"lh@" + marker + ".vn\"}");
            create("/api/activities", "{\"kind\": \"NOTE\", \"subject\": \"Ghi chú " + marker
                    + "\", \"about\": {\"type\": \"ACCOUNT\", \"id\": \"" + accountId + "\"}}");
            create("/api/leads", "{\"kind\": \"B2B\", \"personName\": \"Tiềm năng " + marker
                    + "\", \"company\": \"Công ty " + marker + "\", \"email\": \"lead@" + marker + ".vn\"}");
            create("/api/competitors", "{\"name\": \"Đối thủ " + marker + "\"}");
            create("/api/partners", "{\"name\": \"Đối tác " + marker + "\"}");
            create("/api/opportunities", "{\"name\": \"Cơ hội " + marker + "\", \"accountId\": \"" + accountId
                    + "\", \"amount\": {\"amount\": 50000000, \"currency\": \"VND\"}}");
            String unitGroupId = create("/api/unit-groups", "{\"name\": \"Khối lượng " + marker
                    + "\", \"baseUnit\": \"kg\","
                    + " \"units\": [{\"code\": \"kg\", \"name\": \"Kilogram\", \"factor\": 1}]}")
                    .get("id").asString();
            create("/api/products", "{\"code\": \"SP-" + marker + "\", \"name\": \"Sản phẩm " + marker
                    + "\", \"unitGroupId\": \"" + unitGroupId + "\", \"unit\": \"kg\","
                    + " \"listPrice\": {\"amount\": 150000, \"currency\": \"VND\"}, \"vatRate\": 10}");
            for (String prefix : prefixes) {
                HttpResponse<String> list = send("GET", slug, prefix, adminToken, null, Map.of());
                if (list.statusCode() == 200) {
                    collectIds(JSON.readTree(list.body()), ids.computeIfAbsent(prefix, key -> new LinkedHashSet<>()));
                }
            }
        }

        private JsonNode create(String path, String body) throws Exception {
            HttpResponse<String> response = send("POST", slug, path, adminToken, body, Map.of());
            assertThat(response.statusCode()).as("seeding " + path + ": " + response.body()).isBetween(200, 201);
            seeded.add(path);
            return JSON.readTree(response.body());
        }

        /** Every list this workspace's admin can read, as read: compared before and after the attempts. */
        Map<String, String> snapshot() throws Exception {
            Map<String, String> lists = new LinkedHashMap<>();
            for (String prefix : prefixes) {
                HttpResponse<String> list = send("GET", slug, prefix, adminToken, null, Map.of());
                if (list.statusCode() == 200) {
                    lists.put(slug + prefix, list.body());
                }
            }
            return lists;
        }

        boolean appearsIn(String body) {
            return body != null && body.contains(marker);
        }
    }

    private static void collectIds(JsonNode node, Set<String> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collectIds(child, into));
        } else if (node.isObject()) {
            for (String field : List.of("id", "userId")) {
                JsonNode id = node.get(field);
                if (id != null && id.isString()) {
                    into.add(URLEncoder.encode(id.asString(), StandardCharsets.UTF_8));
                }
            }
            JsonNode items = node.get("items");
            if (items != null) {
                collectIds(items, into);
            }
        }
    }

    private static HttpResponse<String> send(String method, String workspace, String path, String token, String body,
                                             Map<String, String> headers) throws Exception {
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
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
