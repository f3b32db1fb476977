package io.saola.crm.sales.opportunity;

import static io.saola.crm.sales.support.SalesRecords.opportunity;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.security.Role;
import io.saola.crm.sales.support.SalesApiTest;

class OpportunityApiTest extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP, "north");
    private final Caller otherRep = caller(workspace, "rep-minh", Role.SALES_REP, "south");
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Test
    void createsAnOpportunityWithExactMoneyInNeedsAnalysis() {
        Response created = post(rep, "/api/opportunities", with(opportunity("Phần mềm ERP - 0912345678", "acc-1"),
                "amount", Map.of("amount", "150000000.50")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        JsonNode read = get(rep, "/api/opportunities/" + created.id()).json();
        assertThat(read.get("amount").get("amount").decimalValue()).isEqualByComparingTo("150000000.50");
        assertThat(read.get("amount").get("currency").asString()).isEqualTo("VND");
        assertThat(read.get("stage").asString()).isEqualTo("NEEDS_ANALYSIS");
        assertThat(read.get("stageLabel").asString()).isEqualTo("Tìm hiểu nhu cầu");
        assertThat(read.get("probability").asInt()).isEqualTo(10);
        assertThat(read.get("expectedCloseDate").asString()).isEqualTo("2026-09-30");
        assertThat(read.get("stageHistory")).hasSize(1);
        assertThat(read.get("ownerId").asString()).isEqualTo("rep-lan");
    }

    @Test
    void refusesInvalidFieldsListingEveryOne() {
        Response refused = post(rep, "/api/opportunities", Map.of("name", "", "amount",
                Map.of("amount", "-5", "currency", "đồng"), "probability", 120));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"name\"").contains("\"accountId\"").contains("amount.amount")
                .contains("amount.currency").contains("\"probability\"");
        assertThat(post(rep, "/api/opportunities", with(opportunity("X", "acc-1"), "amount",
                Map.of("amount", "1", "currency", "XYZ"))).status()).isEqualTo(422);
    }

    @Test
    void movesThroughThePipelineKeepingTheHistoryAndRefusesIllegalMoves() {
        String path = "/api/opportunities/" + post(rep, "/api/opportunities", opportunity("Gói CRM", "acc-2")).id();

        Response proposal = post(rep, path + "/stage", Map.of("stage", "PROPOSAL"), "\"0\"");
        Response same = post(rep, path + "/stage", Map.of("stage", "PROPOSAL"), "\"1\"");
        Response lostWithoutReason = post(rep, path + "/stage", Map.of("stage", "LOST"), "\"1\"");
        Response won = post(rep, path + "/stage", Map.of("stage", "WON"), "\"1\"");
        Response reopened = post(rep, path + "/stage", Map.of("stage", "NEGOTIATION"), "\"2\"");
        Response edited = put(rep, path, opportunity("Gói CRM 2", "acc-2"), "\"2\"");

        assertThat(proposal.status()).isEqualTo(200);
        assertThat(proposal.json().get("probability").asInt()).isEqualTo(40);
        assertThat(same.status()).isEqualTo(409);
        assertThat(lostWithoutReason.status()).isEqualTo(422);
        assertThat(won.status()).isEqualTo(200);
        assertThat(won.json().get("probability").asInt()).isEqualTo(100);
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(reopened.json().get("currentState").asString()).isEqualTo("WON");
        assertThat(edited.status()).isEqualTo(409);
        JsonNode history = get(rep, path).json().get("stageHistory");
        assertThat(history).hasSize(3);
        assertThat(history.get(2).get("from").asString()).isEqualTo("PROPOSAL");
        assertThat(history.get(2).get("to").asString()).isEqualTo("WON");
        assertThat(history.get(2).get("by").asString()).isEqualTo("rep-lan");
    }

    @Test
    void aLostOpportunityKeepsItsReason() {
        String path = "/api/opportunities/" + post(rep, "/api/opportunities", opportunity("Gói SMS", "acc-3")).id();

        Response lost = post(rep, path + "/stage", Map.of("stage", "LOST", "reason", "Khách chọn đối thủ"), "\"0\"");

        assertThat(lost.status()).isEqualTo(200);
        assertThat(lost.json().get("lostReason").asString()).isEqualTo("Khách chọn đối thủ");
        assertThat(lost.json().get("probability").asInt()).isZero();
    }

    @Test
    void competitorsAndPartnersMustExist() {
        String competitor = post(rep, "/api/competitors", Map.of("name", "Công ty Đối Thủ A")).id();
        String partner = post(rep, "/api/partners", Map.of("name", "Đại lý Minh Long", "kind", "RESELLER")).id();

        Response linked = post(rep, "/api/opportunities", with(opportunity("Gói Email", "acc-4"),
                "competitorIds", List.of(competitor), "partnerIds", List.of(partner)));
        Response unknown = post(rep, "/api/opportunities", with(opportunity("Gói Email", "acc-4"),
                "competitorIds", List.of("nobody"), "partnerIds", List.of("nobody")));

        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.json().get("competitorIds").get(0).asString()).isEqualTo(competitor);
        assertThat(linked.json().get("partnerIds").get(0).asString()).isEqualTo(partner);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("competitorIds").contains("partnerIds");
    }

    @Test
    void updatesNeedTheCurrentVersionAndRepsSeeOnlyTheirOwn() {
        String path = "/api/opportunities/" + post(rep, "/api/opportunities", opportunity("Gói Web", "acc-5")).id();

        assertThat(put(rep, path, opportunity("Gói Web", "acc-5"), null).status()).isEqualTo(428);
        assertThat(put(rep, path, with(opportunity("Gói Web", "acc-5"), "probability", 30), "\"0\"").json()
                .get("probability").asInt()).isEqualTo(30);
        assertThat(put(rep, path, opportunity("Gói Web cũ", "acc-5"), "\"0\"").status()).isEqualTo(412);
        assertThat(get(otherRep, path).status()).isEqualTo(404);
        assertThat(get(manager, path).status()).isEqualTo(200);
        assertThat(delete(rep, path).status()).isEqualTo(403);
        assertThat(delete(manager, path).status()).isEqualTo(204);
        assertThat(get(rep, path).status()).isEqualTo(404);
        assertThat(post(manager, path + "/restore", null).status()).isEqualTo(200);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyAnswersTheFirstOpportunity() {
        Map<String, String> key = Map.of("Idempotency-Key", "sync-42");

        Response first = call(rep, "POST", "/api/opportunities", opportunity("Gói Đồng bộ", "acc-6"), key);
        Response retried = call(rep, "POST", "/api/opportunities", opportunity("Gói Đồng bộ", "acc-6"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(get(rep, "/api/opportunities?q=dong").json().get("items")).hasSize(1);
    }
}
