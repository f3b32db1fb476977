package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.saola.crm.deploy.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Owners and teams are the workspace's own: A's admin cannot make B's rep the owner of an account, a lead or an
 * opportunity, nor count one for B's team, nor name an id nobody has; each is a 422 naming the field and nothing
 * is stored. A's own rep and team work once the services' directories have caught up with identity's events.
 */
class SecurityOwnershipIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private static Platform platform;
    private static TestWorkspaces.Workspace a;
    private static TestWorkspaces.Workspace b;
    private static TestWorkspaces.Member aRep;
    private static TestWorkspaces.Member bRep;
    private static String aTeam;
    private static String bTeam;
    private static String aAccount;

    @BeforeAll
    static void twoWorkspacesWithARepAndATeamEach() throws Exception {
        platform = RunningPlatform.get();
        b = TestWorkspaces.signUp("own-b");
        bRep = b.inviteRep();
        bTeam = created(send(b, "POST", "/api/teams", "{\"name\": \"Nhóm B\", \"managerId\": \"" + bRep.userId()
                + "\"}")).get("id").asString();
        a = TestWorkspaces.signUp("own-a");
        aRep = a.inviteRep();
        aTeam = created(send(a, "POST", "/api/teams", "{\"name\": \"Nhóm A\", \"managerId\": \"" + aRep.userId()
                + "\"}")).get("id").asString();
        // each service's directory follows identity's events: wait until both workspaces' reps and teams count
        aAccount = created(eventually(a, "/api/accounts", account("Khách của A", aRep.userId(), aTeam)))
                .get("id").asString();
        created(eventually(a, "/api/leads", lead("Tiềm năng của A", aRep.userId(), aTeam)));
        created(eventually(a, "/api/opportunities", opportunity("Cơ hội của A", aRep.userId(), aTeam)));
        created(eventually(b, "/api/accounts", account("Khách của B", bRep.userId(), bTeam)));
        created(eventually(b, "/api/leads", lead("Tiềm năng của B", bRep.userId(), bTeam)));
        created(eventually(b, "/api/opportunities", opportunity("Cơ hội của B", bRep.userId(), bTeam)));
    }

    @Test
    void anotherWorkspacesRepOrTeamOrAMadeUpIdIsA422AndNothingIsStored() throws Exception {
        String[][] attempts = {
                {"/api/accounts", account("Chiếm khách", bRep.userId(), null), "ownerId"},
                {"/api/accounts", account("Chiếm nhóm", aRep.userId(), bTeam), "teamId"},
                {"/api/accounts", account("Bịa chủ", "00000000-0000-0000-0000-000000000000", null), "ownerId"},
                {"/api/leads", lead("Chiếm tiềm năng", bRep.userId(), null), "ownerId"},
                {"/api/leads", lead("Chiếm nhóm", aRep.userId(), bTeam), "teamId"},
                {"/api/opportunities", opportunity("Chiếm cơ hội", bRep.userId(), null), "ownerId"},
                {"/api/opportunities", opportunity("Chiếm nhóm", aRep.userId(), bTeam), "teamId"}};
        for (String[] attempt : attempts) {
            HttpResponse<String> refused = send(a, "POST", attempt[0], attempt[1]);

            assertThat(refused.statusCode()).as(attempt[0] + " " + attempt[1] + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsString("field"))
                    .as(attempt[1]).containsExactly(attempt[2]);
        }
        for (String path : new String[] {"/api/accounts", "/api/leads", "/api/opportunities"}) {
            HttpResponse<String> list = send(a, "GET", path, null);
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(list.body()).get("items")).as(path).hasSize(1);
        }
    }

    @Test
    void anAccountCannotBeReassignedToAnotherWorkspacesRep() throws Exception {
        HttpResponse<String> refused = send(a, "PUT", "/api/accounts/" + aAccount,
                account("Khách của A", bRep.userId(), null).replace("}", ", \"version\": 0}"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        HttpResponse<String> read = send(a, "GET", "/api/accounts/" + aAccount, null);
        JsonNode now = JSON.readTree(read.body());
        assertThat(now.get("ownerId").asString()).isEqualTo(aRep.userId());
        assertThat(now.get("teamId").asString()).isEqualTo(aTeam);
        assertThat(read.headers().firstValue("ETag")).contains("\"0\"");
    }

    private static String account(String name, String ownerId, String teamId) {
        return "{\"type\": \"B2B\", \"name\": \"" + name + "\"" + owner(ownerId, teamId) + "}";
    }

    private static String lead(String name, String ownerId, String teamId) {
        return "{\"kind\": \"B2C\", \"personName\": \"" + name + "\"" + owner(ownerId, teamId) + "}";
    }

    private static String opportunity(String name, String ownerId, String teamId) {
        return "{\"name\": \"" + name + "\", \"accountId\": \"acc-1\", \"amount\": {\"amount\": 50000000,"
                + " \"currency\": \"VND\"}" + owner(ownerId, teamId) + "}";
    }

    private static String owner(String ownerId, String teamId) {
        return ", \"ownerId\": \"" + ownerId + "\"" + (teamId == null ? "" : ", \"teamId\": \"" + teamId + "\"");
    }

    /** Posts until the service's directory knows the owner and team (422 until then), within a bound. */
    private static HttpResponse<String> eventually(TestWorkspaces.Workspace workspace, String path, String body)
            throws Exception {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            HttpResponse<String> response = send(workspace, "POST", path, body);
            if (response.statusCode() != 422 || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(250);
        }
    }

    private static HttpResponse<String> send(TestWorkspaces.Workspace workspace, String method, String path,
                                             String body) throws Exception {
        return TestWorkspaces.send(platform, method, workspace.slug(), path, workspace.admin().token(), body);
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
