package io.saola.crm.customer.record;

import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.person;
import static io.saola.crm.customer.support.Customers.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.saola.crm.customer.activity.ActivityApiTest;
import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;

/**
 * The isolation test of the identity issue, extended to every customer-service route: a member of another
 * workspace (here even with the same user id, as an administrator) reaches nothing of this one, whatever id,
 * filter, search or saved filter they send.
 */
class WorkspaceIsolationApiTest extends CustomerApiTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Caller owner = caller("acme-" + suffix, "user-1", Role.WORKSPACE_ADMIN);
    private final Caller intruder = caller("globex-" + suffix, "user-1", Role.WORKSPACE_ADMIN);

    @Test
    void anotherWorkspaceReachesNoRecordHistoryListSearchExportSavedFilterOrMove() {
        String account = post(owner, "/api/accounts", with(organisation("Công ty Bí Mật"), "email", "bm@acme.vn",
                "mobile", "0912 888 999")).id();
        String contact = post(owner, "/api/contacts", with(person("Nguyễn Bí Mật"), "accountId", account)).id();
        Map<String, Object> onAccount = new HashMap<>(ActivityApiTest.call("x", "2026-03-01T03:00:00Z", true));
        onAccount.put("about", Map.of("type", "ACCOUNT", "id", account));
        String activity = post(owner, "/api/activities", onAccount).id();
        String savedFilter = post(owner, "/api/accounts/saved-filters", Map.of("name", "Chung", "shared", true))
                .id();
        post(owner, "/api/activities/moves", Map.of("operationId", "op-secret", "from",
                Map.of("type", "ACCOUNT", "id", account), "to", Map.of("type", "CONTACT", "id", contact)));

        for (String path : List.of("/api/accounts/" + account, "/api/contacts/" + contact,
                "/api/activities/" + activity, "/api/accounts/" + account + "/history",
                "/api/contacts/" + contact + "/history", "/api/activities/" + activity + "/history",
                "/api/accounts/saved-filters/" + savedFilter, "/api/accounts?savedFilter=" + savedFilter)) {
            assertThat(get(intruder, path).status()).as(path).isEqualTo(404);
        }
        assertThat(put(intruder, "/api/accounts/" + account, organisation("Chiếm"), "*").status()).isEqualTo(404);
        assertThat(delete(intruder, "/api/contacts/" + contact).status()).isEqualTo(404);
        assertThat(post(intruder, "/api/accounts/" + account + "/restore", null).status()).isEqualTo(404);
        assertThat(post(intruder, "/api/activities/moves/op-secret/reversal", null).status()).isEqualTo(404);
        for (String list : List.of("/api/accounts", "/api/contacts", "/api/activities", "/api/accounts?q=bi+mat",
                "/api/accounts?q=0912888999", "/api/accounts?filter=id+eq+'" + account + "'",
                "/api/activities?aboutType=CONTACT&aboutId=" + contact, "/api/accounts?deleted=true")) {
            assertThat(get(intruder, list).json().get("items")).as(list).isEmpty();
        }
        assertThat(get(intruder, "/api/accounts/saved-filters").json()).isEmpty();
        assertThat(get(intruder, "/api/accounts/export").body()).doesNotContain("Bí Mật");
        assertThat(get(intruder, "/api/contacts/export").body()).doesNotContain("Bí Mật");
        assertThat(post(intruder, "/api/contacts", with(person("Gián điệp"), "accountId", account)).status())
                .isEqualTo(422);
        assertThat(post(intruder, "/api/activities", onAccount).status()).isEqualTo(422);
        assertThat(post(intruder, "/api/accounts", with(organisation("Trùng?"), "email", "bm@acme.vn")).status())
                .isEqualTo(201);
        assertThat(get(owner, "/api/accounts/" + account).json().get("version").asLong()).isZero();
    }

    @Test
    void aRepCannotLogAnActivityOnAnAccountTheyCannotSee() {
        String workspace = "team-" + suffix;
        Caller lan = caller(workspace, "rep-lan", Role.SALES_REP);
        Caller minh = caller(workspace, "rep-minh", Role.SALES_REP);
        String account = post(lan, "/api/accounts", organisation("Của Lan")).id();
        Map<String, Object> onAccount = new HashMap<>(ActivityApiTest.call("x", "2026-03-01T03:00:00Z", true));
        onAccount.put("about", Map.of("type", "ACCOUNT", "id", account));

        assertThat(post(minh, "/api/activities", onAccount).status()).isEqualTo(422);
        assertThat(post(lan, "/api/activities", onAccount).status()).isEqualTo(201);
    }
}
