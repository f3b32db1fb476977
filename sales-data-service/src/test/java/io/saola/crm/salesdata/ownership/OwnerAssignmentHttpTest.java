package io.saola.crm.salesdata.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.saola.crm.platform.security.Role;
import io.saola.crm.salesdata.fixtures.Api;
import io.saola.crm.salesdata.fixtures.CatalogueApi;
import io.saola.crm.salesdata.fixtures.MutableClock;
import io.saola.crm.salesdata.fixtures.SalesDataServiceTest;

/**
 * An owner must be an active member, and a team a team, of the document's own workspace: naming another
 * workspace's member or team, or an id nobody has, is a 422 naming the field, and nothing is created. An owner a
 * document inherits from the quote or order it follows is not checked again.
 */
class OwnerAssignmentHttpTest extends SalesDataServiceTest {

    private final String otherWorkspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    MutableClock clock;

    private String rice;
    private Api manager;

    @BeforeEach
    void catalogueAndTwoWorkspaces() {
        clock.set(START);
        CatalogueApi catalogue = new CatalogueApi(admin());
        rice = catalogue.product(catalogue.weightGroup(), "ST25", "Gạo ST25", "35000", 5);
        manager = as("manager-hoa", Role.SALES_MANAGER);
        directory().members(workspace, "rep-an").teams(workspace, "north")
                .members(otherWorkspace, "rep-binh").teams(otherWorkspace, "east");
    }

    @Test
    void aQuoteOrderOrContractForSomeoneOutsideTheWorkspaceIsA422AndNothingIsCreated() {
        Map<String, Map<String, Object>> bodies = Map.of("/api/quotes", quote(), "/api/orders", directOrder(),
                "/api/contracts", contract());
        bodies.forEach((path, body) -> {
            Api.Response otherMember = manager.post(path, with(body, "ownerId", "rep-binh"));
            Api.Response madeUp = manager.post(path, with(body, "ownerId", "nobody-at-all"));
            Api.Response otherTeam = manager.post(path, with(with(body, "ownerId", "rep-an"), "teamId", "east"));

            assertThat(otherMember.status()).as(path + " " + otherMember).isEqualTo(422);
            assertThat(otherMember.isProblem()).isTrue();
            assertThat(fields(otherMember)).as(path).containsExactly("ownerId");
            assertThat(madeUp.status()).as(path).isEqualTo(422);
            assertThat(fields(madeUp)).as(path).containsExactly("ownerId");
            assertThat(otherTeam.status()).as(path).isEqualTo(422);
            assertThat(fields(otherTeam)).as(path).containsExactly("teamId");
            assertThat(manager.get(path).body().path("items")).as(path).isEmpty();
        });
        Api.Response forTheirOwn = manager.post("/api/quotes", with(with(quote(), "ownerId", "rep-an"), "teamId",
                "north"));
        assertThat(forTheirOwn.status()).as(forTheirOwn.toString()).isEqualTo(201);
    }

    @Test
    void anOrderAndContractFollowTheirQuotesOwnerEvenAfterTheyWereDeactivated() {
        String quote = manager.post("/api/quotes", with(quote(), "ownerId", "rep-an")).text("id");
        assertThat(manager.post("/api/quotes/" + quote + "/send", null).status()).isEqualTo(200);
        assertThat(manager.post("/api/quotes/" + quote + "/accept", null).status()).isEqualTo(200);
        directory().deactivated(workspace, "rep-an");

        Api.Response order = manager.post("/api/orders", Map.of("quoteId", quote));
        Api.Response contract = manager.post("/api/contracts", Map.of("quoteId", quote, "startDate", "2026-06-15",
                "endDate", "2027-06-14"));
        Api.Response newQuote = manager.post("/api/quotes", with(quote(), "ownerId", "rep-an"));

        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.text("ownerId")).isEqualTo("rep-an");
        assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
        assertThat(contract.text("ownerId")).isEqualTo("rep-an");
        assertThat(newQuote.status()).isEqualTo(422);
    }

    private Map<String, Object> quote() {
        return Map.of("accountId", "acc-hoa-binh", "validUntil", "2026-07-15", "lines", lines());
    }

    private Map<String, Object> directOrder() {
        return Map.of("accountId", "acc-hoa-binh", "lines", lines());
    }

    private static Map<String, Object> contract() {
        return Map.of("opportunityId", "opp-1", "accountId", "acc-hoa-binh", "value", Api.money("1000000"),
                "startDate", "2026-06-15", "endDate", "2027-06-14");
    }

    private List<Map<String, Object>> lines() {
        return List.of(Map.of("productId", rice, "quantity", new BigDecimal("10"), "unit", "kg"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static List<String> fields(Api.Response problem) {
        return problem.body().path("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
