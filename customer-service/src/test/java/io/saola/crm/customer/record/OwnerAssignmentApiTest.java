package io.saola.crm.customer.record;

import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.person;
import static io.saola.crm.customer.support.Customers.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.saola.crm.customer.activity.ActivityApiTest;
import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;

/**
 * An owner must be an active member, and a team a team, of the record's own workspace: naming another
 * workspace's member or team, or an id nobody has, is a 422 naming the field, and nothing changes.
 */
class OwnerAssignmentApiTest extends CustomerApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final String otherWorkspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @BeforeEach
    void twoWorkspaces() {
        directory().members(workspace, "rep-lan", "rep-minh").teams(workspace, "north")
                .members(otherWorkspace, "rep-binh").teams(otherWorkspace, "east");
    }

    @Test
    void anAccountOrContactForSomeoneOutsideTheWorkspaceIsA422AndNothingIsCreated() {
        for (String path : new String[] {"/api/accounts", "/api/contacts"}) {
            Map<String, Object> body = path.endsWith("accounts") ? organisation("Công ty Lạ") : person("Người Lạ");

            assertAssignmentsOutsideTheWorkspaceAreRefused(manager, path, body, "rep-binh", "rep-lan", "east");
        }
    }

    @Test
    void aMemberAndTeamOfTheWorkspaceAreAccepted() {
        Response created = post(manager, "/api/accounts", with(organisation("Công ty Quen"), "ownerId", "rep-lan",
                "teamId", "north"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("ownerId").asString()).isEqualTo("rep-lan");
        assertThat(created.json().get("teamId").asString()).isEqualTo("north");
    }

    @Test
    void reassigningToSomeoneOutsideTheWorkspaceIsA422AndTheRecordKeepsItsOwner() {
        String account = "/api/accounts/" + post(manager, "/api/accounts", with(organisation("Công ty Giữ"),
                "ownerId", "rep-lan")).id();
        String activity = "/api/activities/" + post(manager, "/api/activities", with(
                ActivityApiTest.call("lead-1", "2026-03-01T03:00:00Z", false), "ownerId", "rep-lan")).id();

        Response accountMoved = put(manager, account, with(organisation("Công ty Giữ"), "ownerId", "rep-binh"),
                "\"0\"");
        Response teamMoved = put(manager, account, with(organisation("Công ty Giữ"), "teamId", "east"), "\"0\"");
        Response activityMoved = call(manager, "POST", activity + "/assignment", Map.of("ownerId", "rep-binh"),
                Map.of("If-Match", "\"0\""));

        assertThat(accountMoved.status()).isEqualTo(422);
        assertThat(problemFields(accountMoved)).containsExactly("ownerId");
        assertThat(teamMoved.status()).isEqualTo(422);
        assertThat(problemFields(teamMoved)).containsExactly("teamId");
        assertThat(activityMoved.status()).isEqualTo(422);
        assertThat(problemFields(activityMoved)).containsExactly("ownerId");
        Response accountNow = get(manager, account);
        assertThat(accountNow.json().get("ownerId").asString()).isEqualTo("rep-lan");
        assertThat(accountNow.json().path("teamId").isMissingNode() || accountNow.json().get("teamId").isNull())
                .isTrue();
        assertThat(accountNow.header("ETag")).isEqualTo("\"0\"");
        assertThat(get(manager, activity).json().get("ownerId").asString()).isEqualTo("rep-lan");
    }

    @Test
    void aDeactivatedMemberGetsNoNewRecordsButTheirsCanStillBeEdited() {
        String account = "/api/accounts/" + post(manager, "/api/accounts", with(organisation("Công ty Cũ"),
                "ownerId", "rep-minh")).id();
        directory().deactivated(workspace, "rep-minh");

        Response forThem = post(manager, "/api/accounts", with(organisation("Công ty Mới"), "ownerId", "rep-minh"));
        Response edited = put(manager, account, with(organisation("Công ty Cũ Đổi Tên"), "teamId", "north"),
                "\"0\"");

        assertThat(forThem.status()).isEqualTo(422);
        assertThat(problemFields(forThem)).containsExactly("ownerId");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("ownerId").asString()).isEqualTo("rep-minh");
        assertThat(edited.json().get("teamId").asString()).isEqualTo("north");
    }
}
