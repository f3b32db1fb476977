package io.saola.crm.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * A company's sign-up through the gateway as a person does it: the request, the confirmation mail read from the
 * local mailbox, the confirmation with the admin's password. For the benchmarks and the system tests.
 */
public final class LocalSignUp {

    private final HttpClient http;
    private final int gatewayPort;
    private final LocalMailbox mailbox;

    public LocalSignUp(HttpClient http, int gatewayPort, LocalMailbox mailbox) {
        this.http = http;
        this.gatewayPort = gatewayPort;
        this.mailbox = mailbox;
    }

    /** Signs {@code slug} up with {@code adminEmail} as its admin; the workspace is ACTIVE when this returns. */
    public void signUp(String slug, String name, String adminEmail, String adminPassword)
            throws IOException, InterruptedException {
        HttpResponse<String> requested = post("/api/workspaces", """
                {"slug": "%s", "name": "%s",
                 "admin": {"email": "%s", "firstName": "Quản trị", "lastName": "Viên"}}
                """.formatted(slug, name, adminEmail));
        if (requested.statusCode() != 202) {
            throw new IOException("sign-up of " + slug + " answered " + requested.statusCode() + ": "
                    + requested.body());
        }
        String token = mailbox.awaitLinkParameter(adminEmail, "token", Set.of(), Duration.ofSeconds(60));
        HttpResponse<String> confirmed = post("/api/workspaces/confirmation",
                "{\"token\": \"" + token + "\", \"password\": \"" + adminPassword + "\"}");
        if (confirmed.statusCode() != 201) {
            throw new IOException("confirmation of " + slug + " answered " + confirmed.statusCode() + ": "
                    + confirmed.body());
        }
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", "localhost:" + gatewayPort)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
