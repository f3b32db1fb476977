package io.saola.crm.customer.contact;

import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.person;
import static io.saola.crm.customer.support.Customers.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;

class ContactApiTest extends CustomerApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller otherRep = caller(workspace, "rep-minh", Role.SALES_REP);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Test
    void createsAContactOfAnAccountAndCarriesItsCompanyName() {
        String accountId = post(rep, "/api/accounts", organisation("Công ty Thành Công")).id();

        Response created = post(rep, "/api/contacts", with(person("Trần Thị Mai"), "accountId", accountId,
                "mobile", "0987 654 321", "email", "Mai.Tran@ThanhCong.vn", "primary", true));

        assertThat(created.status()).isEqualTo(201);
        JsonNode contact = get(rep, "/api/contacts/" + created.id()).json();
        assertThat(contact.get("company").asString()).isEqualTo("Công ty Thành Công");
        assertThat(contact.get("mobile").asString()).isEqualTo("+84987654321");
        assertThat(contact.get("email").asString()).isEqualTo("mai.tran@thanhcong.vn");
        assertThat(contact.get("primary").asBoolean()).isTrue();
    }

    @Test
    void aContactKeepsTheLeadItCameFromAndListsFilterByIt() {
        String fromLead = post(rep, "/api/contacts", with(person("Lý Thu Hà"), "sourceLeadId", "lead-77")).id();
        post(rep, "/api/contacts", person("Lý Thu Hà"));
        put(rep, "/api/contacts/" + fromLead, with(person("Lý Thu Hà"), "sourceLeadId", "lead-other"), "\"0\"");

        assertThat(get(rep, "/api/contacts/" + fromLead).json().get("sourceLeadId").asString()).isEqualTo("lead-77");
        JsonNode listed = get(manager, "/api/contacts?filter=sourceLeadId+eq+'lead-77'").json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(fromLead);
        assertThat(post(rep, "/api/contacts", with(person("Quá Dài"), "sourceLeadId", "x".repeat(65))).status())
                .isEqualTo(422);
    }

    @Test
    void anAccountTheMemberCannotSeeIsRefusedAsAField() {
        String hidden = post(otherRep, "/api/accounts", organisation("Công ty Kín")).id();

        Response refused = post(rep, "/api/contacts", with(person("Lê Văn Nam"), "accountId", hidden));
        Response unknown = post(rep, "/api/contacts", with(person("Lê Văn Nam"), "accountId", "nope"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("accountId");
        assertThat(unknown.status()).isEqualTo(422);
    }

    @Test
    void markingAContactPrimaryTakesTheMarkFromThePreviousOne() {
        String accountId = post(rep, "/api/accounts", organisation("Công ty Hai Người")).id();
        String first = post(rep, "/api/contacts", with(person("Phạm An"), "accountId", accountId, "primary", true))
                .id();

        String second = post(rep, "/api/contacts", with(person("Phạm Bình"), "accountId", accountId,
                "primary", true)).id();

        assertThat(get(rep, "/api/contacts/" + second).json().get("primary").asBoolean()).isTrue();
        JsonNode previous = get(rep, "/api/contacts/" + first).json();
        assertThat(previous.get("primary").asBoolean()).isFalse();
        assertThat(previous.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void updatesNeedTheCurrentVersionAndDeletingNeedsThePermission() {
        String id = post(rep, "/api/contacts", person("Võ Thị Hồng")).id();
        String path = "/api/contacts/" + id;

        assertThat(put(rep, path, with(person("Võ Thị Hồng"), "title", "Kế toán"), "\"0\"").status())
                .isEqualTo(200);
        assertThat(put(rep, path, with(person("Võ Thị Hồng"), "title", "Thủ quỹ"), "\"0\"").status())
                .isEqualTo(412);
        assertThat(delete(rep, path).status()).isEqualTo(403);
        assertThat(call(manager, "DELETE", path, null, Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(412);
        assertThat(delete(manager, path).status()).isEqualTo(204);
        assertThat(get(rep, path).status()).isEqualTo(404);
        assertThat(post(manager, path + "/restore", null).status()).isEqualTo(200);
        assertThat(get(rep, path).json().get("title").asString()).isEqualTo("Kế toán");
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldFromWhatToWhat() {
        String id = post(rep, "/api/contacts", with(person("Đỗ Minh"), "title", "Nhân viên")).id();
        put(rep, "/api/contacts/" + id, with(person("Đỗ Minh"), "title", "Trưởng phòng"), "\"0\"");

        JsonNode history = get(rep, "/api/contacts/" + id + "/history").json();

        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("UPDATED");
        assertThat(history.get(0).get("changedBy").asString()).isEqualTo("rep-lan");
        assertThat(history.get(0).get("changes")).hasSize(1);
        JsonNode change = history.get(0).get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("title");
        assertThat(change.get("from").asString()).isEqualTo("Nhân viên");
        assertThat(change.get("to").asString()).isEqualTo("Trưởng phòng");
        assertThat(history.get(1).get("kind").asString()).isEqualTo("CREATED");
        assertThat(get(otherRep, "/api/contacts/" + id + "/history").status()).isEqualTo(404);
    }
}
