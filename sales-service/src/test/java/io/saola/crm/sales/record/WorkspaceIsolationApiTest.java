package io.saola.crm.sales.record;

import static io.saola.crm.sales.support.SalesRecords.opportunity;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.saola.crm.platform.security.Role;
import io.saola.crm.sales.support.SalesApiTest;

/**
 * A workspace's records are invisible to every other workspace on every route, even to its admin holding their
 * ids: reads, writes, moves, deletes and restores answer 404 and change nothing; lists and searches are empty.
 */
class WorkspaceIsolationApiTest extends SalesApiTest {

    private final String home = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final String other = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller owner = caller(home, "manager-hoa", Role.SALES_MANAGER);
    private final Caller stranger = caller(other, "admin-khac", Role.WORKSPACE_ADMIN);

    @Test
    void noRouteReachesAnotherWorkspacesRecords() {
        productOnSale(home, "p-home", "Gói Nhà", "1000000");
        String lead = "/api/leads/" + post(owner, "/api/leads", Map.of("kind", "B2C", "personName", "Khách Nhà",
                "email", "khach@nha.vn", "productOfInterestId", "p-home")).id();
        String competitor = "/api/competitors/" + post(owner, "/api/competitors", Map.of("name", "Đối thủ Nhà")).id();
        String partner = "/api/partners/" + post(owner, "/api/partners", Map.of("name", "Đối tác Nhà")).id();
        String opportunity = "/api/opportunities/" + post(owner, "/api/opportunities",
                opportunity("Cơ hội Nhà", "acc-nha")).id();

        Map<String, Map<String, Object>> validBodies = Map.of(lead, personLead("Chiếm"),
                competitor, Map.of("name", "Chiếm"), partner, Map.of("name", "Chiếm"),
                opportunity, opportunity("Chiếm", "acc-x"));
        for (String path : List.of(lead, competitor, partner, opportunity)) {
            assertThat(get(stranger, path).status()).as("GET " + path).isEqualTo(404);
            assertThat(put(stranger, path, validBodies.get(path), "*").status()).as("PUT " + path).isEqualTo(404);
            assertThat(delete(stranger, path).status()).as("DELETE " + path).isEqualTo(404);
            assertThat(post(stranger, path + "/restore", null).status()).as("restore " + path).isEqualTo(404);
        }
        assertThat(post(stranger, lead + "/status", Map.of("status", "WORKING"), "*").status()).isEqualTo(404);
        assertThat(post(stranger, lead + "/conversion", null).status()).isEqualTo(404);
        assertThat(get(stranger, lead + "/conversion").status()).isEqualTo(404);
        assertThat(post(stranger, opportunity + "/stage", Map.of("stage", "PROPOSAL"), "*").status())
                .isEqualTo(404);
        for (String list : List.of("/api/leads", "/api/competitors", "/api/partners", "/api/opportunities")) {
            assertThat(get(stranger, list + "?q=nha").json().get("items")).as(list).isEmpty();
            assertThat(get(stranger, list).json().get("items")).as(list).isEmpty();
        }
        assertThat(post(stranger, "/api/leads", Map.of("kind", "B2C", "personName", "Khách Khác",
                "email", "khach@nha.vn")).status()).as("no duplicate across workspaces").isEqualTo(201);
        assertThat(post(stranger, "/api/leads", Map.of("kind", "B2C", "personName", "Khách Khác 2",
                "productOfInterestId", "p-home")).status()).as("products stay home").isEqualTo(422);
        assertThat(post(stranger, "/api/competitors", Map.of("name", "Đối thủ Nhà")).status()).isEqualTo(201);
        assertThat(get(owner, lead).json().get("version").asLong()).isZero();
        assertThat(get(owner, opportunity).json().get("version").asLong()).isZero();
    }
}
