package io.saola.crm.sales.lead;

import static io.saola.crm.sales.support.SalesRecords.companyLead;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.security.Role;
import io.saola.crm.sales.support.SalesApiTest;

class LeadApiTest extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP, "north");
    private final Caller otherRep = caller(workspace, "rep-minh", Role.SALES_REP, "south");
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Test
    void createsALeadWithNormalisedContactDataAndReadsItBackWithItsETag() {
        Response created = post(rep, "/api/leads", with(companyLead("Nguyễn Văn An", "Công ty TNHH Đặng Gia"),
                "mobile", "0912 345 678", "phone", "028 3823 4567", "email", "An.Nguyen@DangGia.VN",
                "source", "WEBSITE", "rating", "HOT", "address", Map.of("street", "12 Lê Lợi", "city", "Hồ Chí Minh")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("Location")).isEqualTo("/api/leads/" + created.id());
        JsonNode lead = get(rep, "/api/leads/" + created.id()).json();
        assertThat(lead.get("personName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(lead.get("mobile").asString()).isEqualTo("+84912345678");
        assertThat(lead.get("phone").asString()).isEqualTo("+842838234567");
        assertThat(lead.get("email").asString()).isEqualTo("an.nguyen@danggia.vn");
        assertThat(lead.get("status").asString()).isEqualTo("NEW");
        assertThat(lead.get("statusLabel").asString()).isEqualTo("Mới");
        assertThat(lead.get("kindLabel").asString()).isEqualTo("KH Tổ chức");
        assertThat(lead.get("ownerId").asString()).isEqualTo("rep-lan");
        assertThat(lead.get("teamId").asString()).isEqualTo("north");
        assertThat(lead.get("address").get("city").asString()).isEqualTo("Hồ Chí Minh");
        assertThat(lead.get("suggestedOpportunity").isNull()).isTrue();
    }

    @Test
    void refusesInvalidFieldsListingEveryOneAndStoresNothing() {
        Response refused = post(rep, "/api/leads", Map.of("kind", "B2B", "personName", " ", "mobile", "0912 345",
                "email", "an@"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"personName\"").contains("\"mobile\"").contains("\"email\"")
                .contains("\"company\"");
        assertThat(get(manager, "/api/leads").json().get("items")).isEmpty();
    }

    @Test
    void anUnknownKindOrMalformedJsonIsABadRequest() {
        assertThat(post(rep, "/api/leads", Map.of("kind", "B2X", "personName", "An")).status()).isEqualTo(400);
        assertThat(post(rep, "/api/leads", "{\"kind\":").status()).isEqualTo(400);
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        String path = "/api/leads/" + post(rep, "/api/leads", personLead("Trần Thị Bình")).id();

        Response missing = put(rep, path, personLead("Trần Bình"), null);
        Response updated = put(rep, path, personLead("Trần Thị Bình Minh"), "\"0\"");
        Response stale = put(rep, path, personLead("Trần Bình cũ"), "\"0\"");
        Response staleBody = put(rep, path, with(personLead("Trần Bình cũ"), "version", 0), null);

        assertThat(missing.status()).isEqualTo(428);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(get(rep, path).json().get("personName").asString()).isEqualTo("Trần Thị Bình Minh");
    }

    @Test
    void anUnchangedUpdateKeepsTheVersion() {
        String path = "/api/leads/" + post(rep, "/api/leads", personLead("Lê Văn Cường")).id();

        Response same = put(rep, path, personLead("Lê Văn Cường"), "\"0\"");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void aRepCannotSeeOrChangeAnotherRepsLeadButTheManagerCan() {
        String path = "/api/leads/" + post(rep, "/api/leads", personLead("Phạm Thu Hà")).id();

        assertThat(get(otherRep, path).status()).isEqualTo(404);
        assertThat(put(otherRep, path, personLead("Chiếm"), "\"0\"").status()).isEqualTo(404);
        assertThat(get(otherRep, "/api/leads").json().get("items")).isEmpty();
        assertThat(get(manager, path).status()).isEqualTo(200);
        assertThat(post(rep, "/api/leads", with(personLead("Hộ"), "ownerId", "rep-minh")).status())
                .isEqualTo(403);
    }

    @Test
    void deletingNeedsTheDeletePermissionAndRestoringBringsTheLeadBack() {
        String path = "/api/leads/" + post(rep, "/api/leads", personLead("Võ Minh Tâm")).id();

        assertThat(delete(rep, path).status()).isEqualTo(403);
        assertThat(delete(manager, path).status()).isEqualTo(204);
        assertThat(get(rep, path).status()).isEqualTo(404);
        assertThat(get(manager, "/api/leads?deleted=true").json().get("items")).hasSize(1);
        assertThat(get(rep, "/api/leads?deleted=true").status()).isEqualTo(403);
        assertThat(delete(manager, path).status()).isEqualTo(404);

        Response restored = post(manager, path + "/restore", null);

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.header("ETag")).isEqualTo("\"2\"");
        assertThat(get(rep, path).status()).isEqualTo(200);
        assertThat(post(manager, path + "/restore", null).status()).isEqualTo(409);
    }

    @Test
    void aLeadIsWorkedThenQualifiedAndIllegalMovesAreConflicts() {
        String path = "/api/leads/" + post(rep, "/api/leads", personLead("Đỗ Quang Huy")).id();

        Response skipped = post(rep, path + "/status", Map.of("status", "QUALIFIED"), "\"0\"");
        Response working = post(rep, path + "/status", Map.of("status", "WORKING"), "\"0\"");
        Response qualified = post(rep, path + "/status", Map.of("status", "QUALIFIED"), "\"1\"");
        Response converted = post(rep, path + "/status", Map.of("status", "CONVERTED"), "\"2\"");

        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.json().get("currentState").asString()).isEqualTo("NEW");
        assertThat(skipped.json().get("requestedState").asString()).isEqualTo("QUALIFIED");
        assertThat(working.status()).isEqualTo(200);
        assertThat(qualified.status()).isEqualTo(200);
        assertThat(qualified.json().get("statusLabel").asString()).isEqualTo("Đủ điều kiện");
        assertThat(converted.status()).isEqualTo(409);
        assertThat(get(rep, path).json().get("status").asString()).isEqualTo("QUALIFIED");
    }

    @Test
    void disqualifyingNeedsAReasonWhichTheLeadKeeps() {
        String path = "/api/leads/" + post(rep, "/api/leads", personLead("Bùi Thị Lan")).id();

        Response withoutReason = post(rep, path + "/status", Map.of("status", "UNQUALIFIED"), "\"0\"");
        Response disqualified = post(rep, path + "/status", Map.of("status", "UNQUALIFIED",
                "reason", "Không có ngân sách"), "\"0\"");

        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(disqualified.status()).isEqualTo(200);
        assertThat(disqualified.json().get("statusReason").asString()).isEqualTo("Không có ngân sách");
    }

    @Test
    void aProductOfInterestSuggestsTheOpportunityNameAndAmount() {
        productOnSale(workspace, "p-erp", "Phần mềm ERP", "15000000.00");

        Response created = post(rep, "/api/leads", with(personLead("Ngô Thanh Vân"), "mobile", "+84 903 123 456",
                "productOfInterestId", "p-erp"));
        Response unknown = post(rep, "/api/leads", with(personLead("Ngô Văn B"), "productOfInterestId", "p-none"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode suggestion = created.json().get("suggestedOpportunity");
        assertThat(suggestion.get("name").asString()).isEqualTo("Phần mềm ERP - 0903123456");
        assertThat(suggestion.get("amount").get("amount").decimalValue()).isEqualByComparingTo("15000000");
        assertThat(suggestion.get("amount").get("currency").asString()).isEqualTo("VND");
        assertThat(get(rep, "/api/leads").json().get("items").get(0).get("suggestedOpportunity").get("name")
                .asString()).isEqualTo("Phần mềm ERP - 0903123456");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("productOfInterestId");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyAnswersTheFirstLead() {
        Map<String, Object> body = with(personLead("Tạ Minh Khang"), "email", "khang@example.vn");
        Map<String, String> key = Map.of("Idempotency-Key", "import-2026-06-01-row-7");

        Response first = call(rep, "POST", "/api/leads", body, key);
        Response retried = call(rep, "POST", "/api/leads", body, key);
        Response byOther = call(otherRep, "POST", "/api/leads?confirmDuplicate=true", body, key);
        Response tooLong = call(rep, "POST", "/api/leads", personLead("Dài"),
                Map.of("Idempotency-Key", "k".repeat(201)));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(byOther.id()).isNotEqualTo(first.id());
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(get(manager, "/api/leads?q=khang").json().get("items")).hasSize(2);
    }

    @Test
    void ofTwoConcurrentUpdatesOfTheSameVersionExactlyOneWins() throws Exception {
        String path = "/api/leads/" + post(rep, "/api/leads", personLead("Đinh Văn Lộc")).id();
        List<Callable<Integer>> updates = List.of(
                () -> put(rep, path, personLead("Đinh Văn Lộc A"), "\"0\"").status(),
                () -> put(rep, path, personLead("Đinh Văn Lộc B"), "\"0\"").status());

        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> answer : pool.invokeAll(updates)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses).anySatisfy(status -> assertThat(status).isIn(409, 412));
        assertThat(get(rep, path).json().get("version").asLong()).isEqualTo(1);
    }
}
