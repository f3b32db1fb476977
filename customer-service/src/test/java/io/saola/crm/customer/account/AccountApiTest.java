package io.saola.crm.customer.account;

import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;

class AccountApiTest extends CustomerApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP, "north");
    private final Caller otherRep = caller(workspace, "rep-minh", Role.SALES_REP, "south");
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Test
    void createsAnAccountWithNormalisedPhonesAndEmailAndReadsItBackWithItsETag() {
        Response created = post(rep, "/api/accounts", with(organisation("Công ty TNHH Đặng Gia"),
                "phone", "028 3823 4567", "mobile", "0912 345 678", "email", "Info@DangGia.VN",
                "status", "NEED_IDENTIFIED", "address", Map.of("street", "12 Lê Lợi", "city", "Hồ Chí Minh")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("Location")).isEqualTo("/api/accounts/" + created.id());
        JsonNode account = get(rep, "/api/accounts/" + created.id()).json();
        assertThat(account.get("name").asString()).isEqualTo("Công ty TNHH Đặng Gia");
        assertThat(account.get("mobile").asString()).isEqualTo("+84912345678");
        assertThat(account.get("phone").asString()).isEqualTo("+842838234567");
        assertThat(account.get("email").asString()).isEqualTo("info@danggia.vn");
        assertThat(account.get("statusLabel").asString()).isEqualTo("Phát sinh nhu cầu");
        assertThat(account.get("typeLabel").asString()).isEqualTo("KH Tổ chức");
        assertThat(account.get("ownerId").asString()).isEqualTo("rep-lan");
        assertThat(account.get("teamId").asString()).isEqualTo("north");
        assertThat(account.get("address").get("city").asString()).isEqualTo("Hồ Chí Minh");
    }

    @Test
    void refusesInvalidFieldsListingEveryOneAndStoresNothing() {
        Response refused = post(rep, "/api/accounts", Map.of("name", " ", "phone", "12345", "email", "an@",
                "mobile", "0912 345"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"type\"").contains("\"name\"").contains("\"phone\"")
                .contains("\"email\"").contains("\"mobile\"");
        assertThat(get(rep, "/api/accounts").json().get("items")).isEmpty();
    }

    @Test
    void anUnknownTypeOrMalformedJsonIsABadRequest() {
        assertThat(post(rep, "/api/accounts", Map.of("type", "B2X", "name", "A")).status()).isEqualTo(400);
        assertThat(post(rep, "/api/accounts", "{\"type\":").status()).isEqualTo(400);
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        Response created = post(rep, "/api/accounts", organisation("Công ty Minh Phát"));
        String path = "/api/accounts/" + created.id();

        Response missing = put(rep, path, organisation("Minh Phát 2"), null);
        Response updated = put(rep, path, organisation("Công ty CP Minh Phát"), "\"0\"");
        Response stale = put(rep, path, organisation("Minh Phát cũ"), "\"0\"");
        Response staleBody = put(rep, path, with(organisation("Minh Phát cũ"), "version", 0), null);

        assertThat(missing.status()).isEqualTo(428);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(get(rep, path).json().get("name").asString()).isEqualTo("Công ty CP Minh Phát");
    }

    @Test
    void anUnchangedUpdateKeepsTheVersion() {
        Response created = post(rep, "/api/accounts", organisation("Công ty Hòa Bình"));

        Response same = put(rep, "/api/accounts/" + created.id(), organisation("Công ty Hòa Bình"), "\"0\"");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void aRepCannotSeeOrChangeAnotherRepsAccount() {
        Response created = post(rep, "/api/accounts", organisation("Công ty Sông Hồng"));
        String path = "/api/accounts/" + created.id();

        assertThat(get(otherRep, path).status()).isEqualTo(404);
        assertThat(put(otherRep, path, organisation("Chiếm"), "\"0\"").status()).isEqualTo(404);
        assertThat(get(otherRep, "/api/accounts").json().get("items")).isEmpty();
        assertThat(get(manager, path).status()).isEqualTo(200);
    }

    @Test
    void aRepMayNotCreateAnAccountForSomeoneElse() {
        Response refused = post(rep, "/api/accounts", with(organisation("Công ty Hộ"), "ownerId", "rep-minh"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void deletingNeedsTheDeletePermissionAndRestoringBringsTheAccountBack() {
        Response created = post(rep, "/api/accounts", organisation("Công ty Tạm Thời"));
        String path = "/api/accounts/" + created.id();

        assertThat(delete(rep, path).status()).isEqualTo(403);
        assertThat(get(rep, path).status()).isEqualTo(200);
        assertThat(delete(manager, path).status()).isEqualTo(204);
        assertThat(get(rep, path).status()).isEqualTo(404);
        assertThat(get(manager, "/api/accounts?deleted=true").json().get("items")).hasSize(1);
        assertThat(get(rep, "/api/accounts?deleted=true").status()).isEqualTo(403);
        assertThat(delete(manager, path).status()).isEqualTo(404);

        Response restored = post(manager, path + "/restore", null);

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.header("ETag")).isEqualTo("\"2\"");
        assertThat(get(rep, path).status()).isEqualTo(200);
        assertThat(post(manager, path + "/restore", null).status()).isEqualTo(409);
    }

    @Test
    void anotherWorkspaceNeverSeesTheAccount() {
        Response created = post(rep, "/api/accounts", organisation("Công ty Riêng Tư"));
        Caller stranger = caller("other-" + workspace, "rep-lan", Role.WORKSPACE_ADMIN);

        assertThat(get(stranger, "/api/accounts/" + created.id()).status()).isEqualTo(404);
        assertThat(get(stranger, "/api/accounts").json().get("items")).isEmpty();
        assertThat(delete(stranger, "/api/accounts/" + created.id()).status()).isEqualTo(404);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyAnswersTheFirstAccount() {
        Map<String, Object> body = with(organisation("Công ty Đối Tác"), "email", "erp@doitac.vn");
        Map<String, String> key = Map.of("Idempotency-Key", "erp-sync-42");

        Response first = call(rep, "POST", "/api/accounts", body, key);
        Response retry = call(rep, "POST", "/api/accounts", body, key);
        Response otherCaller = call(manager, "POST", "/api/accounts?confirmDuplicate=true", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(otherCaller.id()).isNotEqualTo(first.id());
        assertThat(get(manager, "/api/accounts").json().get("items")).hasSize(2);
        assertThat(call(rep, "POST", "/api/accounts", body, Map.of("Idempotency-Key", "k".repeat(201))).status())
                .isEqualTo(422);
    }

    @Test
    void theHistoryOfAnAccountListsItsChangesNewestFirst() {
        String id = post(rep, "/api/accounts", with(organisation("Công ty Lịch Sử"), "industry", "Du lịch")).id();
        put(rep, "/api/accounts/" + id, with(organisation("Công ty Lịch Sử"), "industry", "Khách sạn",
                "status", "CUSTOMER"), "\"0\"");
        delete(manager, "/api/accounts/" + id);

        JsonNode history = get(manager, "/api/accounts/" + id + "/history").json();

        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("DELETED");
        assertThat(history.get(0).get("changedBy").asString()).isEqualTo("manager-hoa");
        assertThat(history.get(1).get("changes").toString()).contains("\"field\":\"status\"",
                "\"from\":\"NEW\"", "\"to\":\"CUSTOMER\"", "\"field\":\"industry\"", "\"to\":\"Khách sạn\"");
        assertThat(history.get(2).get("kind").asString()).isEqualTo("CREATED");
    }
}
