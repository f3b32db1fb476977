package io.saola.crm.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Logs a person in at the real Keycloak with the local realm's password grant and returns the access token. */
final class KeycloakLogin {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KeycloakLogin() {
    }

    /**
     * A token for {@code workspace}: the scope {@code organization:<slug>} names the organization, as the web app
     * does, so that a person in several workspaces gets the one they are working in.
     */
    static String accessToken(String issuerUri, String workspace, String username, String password)
            throws IOException, InterruptedException {
        return token(issuerUri, Map.of("grant_type", "password", "client_id", "saola-web",
                "scope", "openid organization:" + workspace, "username", username, "password", password));
    }

    /** What Keycloak answers a password grant (200 with a token, 400/401 refused), for tests of refusals. */
    static HttpResponse<String> passwordGrant(String issuerUri, String scope, String username, String password)
            throws IOException, InterruptedException {
        return post(issuerUri, Map.of("grant_type", "password", "client_id", "saola-web", "scope", scope,
                "username", username, "password", password));
    }

    /** A partner system's token: the client-credentials grant. */
    static String clientToken(String issuerUri, String clientId, String clientSecret)
            throws IOException, InterruptedException {
        return token(issuerUri, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientSecret));
    }

    /** The status Keycloak answers a client-credentials request with (200, or 401 for an unknown client). */
    static int clientTokenStatus(String issuerUri, String clientId, String clientSecret)
            throws IOException, InterruptedException {
        return post(issuerUri, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientSecret)).statusCode();
    }

    private static String token(String issuerUri, Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> response = post(issuerUri, form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak login failed: " + response.statusCode() + " " + response.body());
        }
        JsonNode token = JSON.readTree(response.body());
        return token.get("access_token").asString();
    }

    private static HttpResponse<String> post(String issuerUri, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
