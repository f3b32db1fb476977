package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.saola.crm.deploy.LocalMailbox;
import io.saola.crm.deploy.LocalSignUp;
import io.saola.crm.deploy.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way system tests get a workspace, its admin and more members: the same sign-up (confirmed by mail),
 * login and invitation (mailed) flow a company goes through, through the gateway, the real Keycloak and the local
 * mail server. Tests that are not about those flows
 * use this instead of repeating them, so that a change to how people sign up or join is made here once.
 */
final class TestWorkspaces {

    static final String ADMIN_PASSWORD = "Mat-khau-2026";
    static final String MEMBER_PASSWORD = "Mat-khau-2027";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestWorkspaces() {
    }

    /** A new workspace with a unique slug starting with {@code prefix}, and its admin logged in. */
    static Workspace signUp(String prefix) throws Exception {
        String slug = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        return signUp(slug, "Công ty " + slug, "admin@" + slug + ".vn");
    }

    static Workspace signUp(String slug, String name, String adminEmail) throws Exception {
        Platform platform = RunningPlatform.get();
        new LocalSignUp(HTTP, URI.create(platform.gatewayUrl()).getPort(), mailbox())
                .signUp(slug, name, adminEmail, ADMIN_PASSWORD);
        Member admin = new Member(null, adminEmail, ADMIN_PASSWORD, login(slug, adminEmail, ADMIN_PASSWORD));
        return new Workspace(slug, admin);
    }

    /** A person's access token for this workspace (the local realm's password grant, scope {@code organization:<slug>}). */
    static String login(String slug, String email, String password) throws IOException, InterruptedException {
        return KeycloakLogin.accessToken(RunningPlatform.get().issuerUri(), slug, email, password);
    }

    /** The local mail server's mailbox: what the platform sent to whom. */
    static LocalMailbox mailbox() {
        return new LocalMailbox(RunningPlatform.get().mailboxUrl());
    }

    /** The secret of the newest invitation mailed to {@code email}. */
    static String invitationSecret(String email) throws IOException, InterruptedException {
        return mailbox().awaitLinkParameter(email, "secret", Set.of(), Duration.ofSeconds(60));
    }

    static HttpResponse<String> send(Platform platform, String method, String workspace, String path, String token,
                                     String body) throws Exception {
        int port = URI.create(platform.gatewayUrl()).getPort();
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

    /** A signed-up workspace and its first admin. */
    record Workspace(String slug, Member admin) {

        /**
         * Invites {@code email} with {@code roles} as the admin, accepts the invitation as that person (a new
         * login with {@link #MEMBER_PASSWORD}) and logs them in.
         */
        Member invite(String email, String... roles) throws Exception {
            Platform platform = RunningPlatform.get();
            String secret = invitedSecret(email, roles);
            HttpResponse<String> accepted = send(platform, "POST", slug, "/api/invitations/accept", null,
                    "{\"secret\": \"" + secret + "\", \"password\": \"" + MEMBER_PASSWORD
                            + "\", \"firstName\": \"Thành\", \"lastName\": \"Viên\"}");
            assertThat(accepted.statusCode()).as("acceptance by " + email + ": " + accepted.body()).isEqualTo(200);
            JsonNode member = JSON.readTree(accepted.body());
            return new Member(member.get("userId").asString(), email, MEMBER_PASSWORD,
                    login(slug, email, MEMBER_PASSWORD));
        }

        /**
         * Invites a person who already has an account and lets them accept while logged in with it (their token
         * of another workspace), then logs them in for this one.
         */
        Member inviteExisting(Member person, String... roles) throws Exception {
            String secret = invitedSecret(person.email(), roles);
            HttpResponse<String> accepted = send(RunningPlatform.get(), "POST", slug, "/api/invitations/accept",
                    person.token(), "{\"secret\": \"" + secret + "\"}");
            assertThat(accepted.statusCode()).as("acceptance by " + person.email() + ": " + accepted.body())
                    .isEqualTo(200);
            return new Member(JSON.readTree(accepted.body()).get("userId").asString(), person.email(),
                    person.password(), login(slug, person.email(), person.password()));
        }

        /** Invites {@code email} with {@code roles} as the admin; the secret, as the invitee reads it in their mail. */
        private String invitedSecret(String email, String... roles) throws Exception {
            String roleList = List.of(roles).stream().map(role -> "\"" + role + "\"")
                    .collect(Collectors.joining(", "));
            HttpResponse<String> invited = send(RunningPlatform.get(), "POST", slug, "/api/invitations",
                    admin.token(), "{\"email\": \"" + email + "\", \"roles\": [" + roleList + "]}");
            assertThat(invited.statusCode()).as("invitation of " + email + ": " + invited.body()).isEqualTo(201);
            return invitationSecret(email);
        }

        /** An invited sales rep {@code rep@<slug>.vn}. */
        Member inviteRep() throws Exception {
            return invite("rep@" + slug + ".vn", "sales-rep");
        }
    }

    /** A person in a workspace: {@code userId} is null for the admin of a fresh sign-up. */
    record Member(String userId, String email, String password, String token) {
    }
}
