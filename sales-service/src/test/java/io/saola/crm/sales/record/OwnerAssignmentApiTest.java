package io.saola.crm.sales.record;

import static io.saola.crm.sales.support.SalesRecords.opportunity;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.saola.crm.platform.security.Role;
import io.saola.crm.sales.support.SalesApiTest;

/**
 * An owner must be an active member, and a team a team, of the record's own workspace: naming another
 * workspace's member or team, or an id nobody has, is a 422 naming the field, and nothing changes.
 */
class OwnerAssignmentApiTest extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final String otherWorkspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @BeforeEach
    void twoWorkspaces() {
        directory().members(workspace, "rep-lan").teams(workspace, "north")
                .members(otherWorkspace, "rep-binh").teams(otherWorkspace, "east");
    }

    @Test
    void aLeadOrOpportunityForSomeoneOutsideTheWorkspaceIsA422AndNothingIsCreated() {
        Map<String, Map<String, Object>> bodies = Map.of("/api/leads", personLead("Khách Lạ"),
                "/api/opportunities", opportunity("Cơ hội lạ", "acc-1"));
        bodies.forEach((path, body) -> {
            assertAssignmentsOutsideTheWorkspaceAreRefused(manager, path, body, "rep-binh", "rep-lan", "east");
        });
    }

    @Test
    void reassigningALeadOrOpportunityOutsideTheWorkspaceIsA422AndKeepsItsOwner() {
        Map<String, Map<String, Object>> bodies = Map.of("/api/leads", personLead("Khách Quen"),
                "/api/opportunities", opportunity("Cơ hội quen", "acc-1"));
        bodies.forEach((path, body) -> {
            Response created = post(manager, path, with(body, "ownerId", "rep-lan", "teamId", "north"));
            assertThat(created.status()).as(path).isEqualTo(201);
            String record = path + "/" + created.id();

            Response ownerMoved = put(manager, record, with(body, "ownerId", "rep-binh"), "\"0\"");
            Response teamMoved = put(manager, record, with(body, "teamId", "east"), "\"0\"");

            assertThat(ownerMoved.status()).as(path).isEqualTo(422);
            assertThat(problemFields(ownerMoved)).as(path).containsExactly("ownerId");
            assertThat(teamMoved.status()).as(path).isEqualTo(422);
            assertThat(problemFields(teamMoved)).as(path).containsExactly("teamId");
            Response now = get(manager, record);
            assertThat(now.json().get("ownerId").asString()).as(path).isEqualTo("rep-lan");
            assertThat(now.json().get("teamId").asString()).as(path).isEqualTo("north");
            assertThat(now.header("ETag")).as(path).isEqualTo("\"0\"");
        });
    }
}
