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
import tools.jackson.databind.json.JsonMapper;

/**
 * The security suite's membership part, against the real platform (Keycloak, broker, the local mail server):
 * nobody joins a workspace by naming an address, only by proving control of its mailbox or by logging in as the
 * verified owner of it; a person in several workspaces keeps each one.
 */
class SecurityTakeoverIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ATTACKER_PASSWORD = "Ke-gian-2026";

    private static Platform platform;
    private static Gateway gateway;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        gateway = new Gateway(platform.gatewayUrl(), "localhost");
    }

    @Test
    void preRegisteringAnInviteesAddressGivesTheAttackerNothing() throws Exception {
        TestWorkspaces.Workspace victim = TestWorkspaces.signUp("nan-nhan");
        String invitee = "ke-toan@" + victim.slug() + ".vn";
        String attackerSlug = unique("ke-gian");

        // the attacker signs a workspace of their own up with the invitee's address first
        HttpResponse<String> attempt = TestWorkspaces.send(platform, "POST", null, "/api/workspaces", null, """
                {"slug": "%s", "name": "Ke gian", "admin": {"email": "%s", "firstName": "K", "lastName": "G"}}
                """.formatted(attackerSlug, invitee));
        assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(202);
        // nothing exists until the mailbox answers: the address has no account the attacker could log in to
        assertThat(KeycloakLogin.passwordGrant(platform.issuerUri(), "openid", invitee, ATTACKER_PASSWORD)
                .statusCode()).isIn(400, 401);
        assertThat(TestWorkspaces.mailbox().messages(invitee)).as("the confirmation went to the invitee's mailbox")
                .contains("token=");

        TestWorkspaces.Member accountant = victim.invite(invitee, "sales-manager");

        assertThat(gateway.get(victim.slug(), "/api/workspaces/current", accountant.token()).statusCode())
                .isEqualTo(200);
        assertThat(KeycloakLogin.passwordGrant(platform.issuerUri(), "openid organization:" + victim.slug(), invitee,
                ATTACKER_PASSWORD).statusCode()).as("the attacker's password opens nothing").isIn(400, 401);
        assertThat(gateway.get(attackerSlug, "/api/workspaces/current", accountant.token()).statusCode())
                .as("the attacker's reservation never became a workspace").isIn(403, 404);
    }

    @Test
    void changingOnesOwnAddressToAnInviteesNeitherWorksNorWinsTheInvitation() throws Exception {
        TestWorkspaces.Workspace victim = TestWorkspaces.signUp("bi-hai");
        TestWorkspaces.Workspace attackers = TestWorkspaces.signUp("ke-doi");
        TestWorkspaces.Member attacker = attackers.admin();
        String invitee = "giam-doc@" + victim.slug() + ".vn";
        String invited = TestWorkspaces.send(platform, "POST", victim.slug(), "/api/invitations",
                victim.admin().token(), "{\"email\": \"" + invitee + "\", \"roles\": [\"workspace-admin\"]}").body();
        assertThat(invited).contains("PENDING");

        // Keycloak's account API: the address is not the user's to edit
        HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create(platform.issuerUri() + "/account/"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + attacker.token())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username": "%s", "email": "%s", "firstName": "Quản trị", "lastName": "Viên"}
                        """.formatted(attacker.email(), invitee))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).as(changed.body()).isGreaterThanOrEqualTo(400);
        String attackerToken = TestWorkspaces.login(attackers.slug(), attacker.email(), attacker.password());
        assertThat(claims(attackerToken)).contains("\"email\":\"" + attacker.email() + "\"");

        // the attacker's account cannot take the invitation either, even holding a token
        String secret = TestWorkspaces.invitationSecret(invitee);
        HttpResponse<String> taken = TestWorkspaces.send(platform, "POST", victim.slug(), "/api/invitations/accept",
                attackerToken, "{\"secret\": \"" + secret + "\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(403);

        HttpResponse<String> accepted = TestWorkspaces.send(platform, "POST", victim.slug(), "/api/invitations/accept",
                null, "{\"secret\": \"" + secret + "\", \"password\": \"Giam-doc-2026\", \"firstName\": \"Giám\","
                        + " \"lastName\": \"Đốc\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        String director = TestWorkspaces.login(victim.slug(), invitee, "Giam-doc-2026");
        assertThat(gateway.get(victim.slug(), "/api/members", director).statusCode()).isEqualTo(200);
        String attackerForVictim = TestWorkspaces.login(victim.slug(), attacker.email(), attacker.password());
        assertThat(gateway.get(victim.slug(), "/api/members", attackerForVictim).statusCode()).isEqualTo(403);
    }

    @Test
    void aPersonInTwoWorkspacesKeepsBothAndOpensAThirdWhileLoggedIn() throws Exception {
        TestWorkspaces.Workspace first = TestWorkspaces.signUp("dau-tien");
        TestWorkspaces.Workspace second = TestWorkspaces.signUp("thu-hai");
        TestWorkspaces.Member person = first.admin();

        TestWorkspaces.Member inSecond = second.inviteExisting(person, "sales-rep");

        assertThat(you(first.slug(), person.token())).contains("workspace-admin");
        String firstAgain = TestWorkspaces.login(first.slug(), person.email(), person.password());
        assertThat(you(first.slug(), firstAgain)).as("joining a second workspace keeps the first")
                .contains("workspace-admin");
        assertThat(you(second.slug(), inSecond.token())).contains("sales-rep").doesNotContain("workspace-admin");
        assertThat(gateway.get(second.slug(), "/api/workspaces/current", firstAgain).statusCode())
                .as("a token for the first workspace is not one for the second").isEqualTo(403);

        String thirdSlug = unique("thu-ba");
        HttpResponse<String> opened = TestWorkspaces.send(platform, "POST", null, "/api/workspaces", firstAgain,
                "{\"slug\": \"" + thirdSlug + "\", \"name\": \"Thứ ba\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String third = TestWorkspaces.login(thirdSlug, person.email(), person.password());
        assertThat(you(thirdSlug, third)).contains("workspace-admin");
        assertThat(you(first.slug(), TestWorkspaces.login(first.slug(), person.email(), person.password())))
                .contains("workspace-admin");
        assertThat(you(second.slug(), TestWorkspaces.login(second.slug(), person.email(), person.password())))
                .contains("sales-rep");
    }

    @Test
    void companiesWithTheSameDisplayNameEachGetTheirWorkspace() throws Exception {
        String name = "Công ty TNHH Minh Long " + UUID.randomUUID().toString().substring(0, 4);
        String one = unique("minh-long");
        String two = unique("minh-long");

        TestWorkspaces.Workspace first = TestWorkspaces.signUp(one, name, "admin@" + one + ".vn");
        TestWorkspaces.Workspace second = TestWorkspaces.signUp(two, name, "admin@" + two + ".vn");

        assertThat(you(first.slug(), first.admin().token())).contains("workspace-admin");
        assertThat(gateway.get(second.slug(), "/api/workspaces/current", second.admin().token()).body())
                .contains(name).contains("workspace-admin");
    }

    private static String you(String slug, String token) throws Exception {
        HttpResponse<String> current = gateway.get(slug, "/api/workspaces/current", token);
        assertThat(current.statusCode()).as(slug + ": " + current.body()).isEqualTo(200);
        return JSON.readTree(current.body()).get("you").toString();
    }

    private static String claims(String token) {
        String payload = token.split("\\.")[1];
        return new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String unique(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

}
