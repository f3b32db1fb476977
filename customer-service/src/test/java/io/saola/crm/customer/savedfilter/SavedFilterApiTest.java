package io.saola.crm.customer.savedfilter;

import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;

class SavedFilterApiTest extends CustomerApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller otherRep = caller(workspace, "rep-minh", Role.SALES_REP);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Test
    void aSharedFilterIsAppliedToTheListWithTheCallersOwnScope() {
        post(rep, "/api/accounts", with(organisation("Khách Lan A"), "status", "CUSTOMER"));
        post(rep, "/api/accounts", with(organisation("Khách Lan B"), "status", "NEW"));
        post(otherRep, "/api/accounts", with(organisation("Khách Minh"), "status", "CUSTOMER"));
        Response saved = post(manager, "/api/accounts/saved-filters", Map.of("name", "Đang giao dịch",
                "shared", true, "filter", "status eq 'CUSTOMER'", "sort", "name"));

        assertThat(saved.status()).isEqualTo(201);
        String id = saved.id();
        assertThat(get(rep, "/api/accounts/saved-filters").json()).hasSize(1);
        assertThat(names(get(rep, "/api/accounts?savedFilter=" + id).json())).containsExactly("Khách Lan A");
        assertThat(names(get(manager, "/api/accounts?savedFilter=" + id).json()))
                .containsExactly("Khách Lan A", "Khách Minh");
        assertThat(names(get(manager, "/api/accounts?savedFilter=" + id + "&filter=name+startsWith+'Khách+M'")
                .json())).containsExactly("Khách Minh");
    }

    @Test
    void savedOptionsApplyAndPrivateFiltersStayPrivate() {
        post(manager, "/api/accounts", organisation("Của quản lý"));
        post(rep, "/api/accounts", organisation("Của Lan"));
        String mine = post(manager, "/api/accounts/saved-filters", Map.of("name", "Của tôi hôm nay",
                "options", Map.of("scope", "mine", "period", "today"))).id();

        assertThat(names(get(manager, "/api/accounts?savedFilter=" + mine).json())).containsExactly("Của quản lý");
        assertThat(get(rep, "/api/accounts?savedFilter=" + mine).status()).isEqualTo(404);
        assertThat(get(rep, "/api/accounts/saved-filters").json()).isEmpty();
        assertThat(delete(rep, "/api/accounts/saved-filters/" + mine).status()).isEqualTo(404);
    }

    @Test
    void onlyTheOwnerChangesAFilterAndBadFiltersOrListsAreRefused() {
        String shared = post(manager, "/api/contacts/saved-filters", Map.of("name", "Chung", "shared", true))
                .id();

        assertThat(put(rep, "/api/contacts/saved-filters/" + shared, Map.of("name", "Của tôi"), null).status())
                .isEqualTo(403);
        assertThat(delete(rep, "/api/contacts/saved-filters/" + shared).status()).isEqualTo(403);
        assertThat(put(manager, "/api/contacts/saved-filters/" + shared, Map.of("name", "Đổi tên", "shared", true),
                "\"0\"").json().get("name").asString()).isEqualTo("Đổi tên");
        assertThat(post(rep, "/api/accounts/saved-filters", Map.of("name", "x", "filter", "tenantId eq 'a'"))
                .status()).isEqualTo(400);
        assertThat(post(rep, "/api/accounts/saved-filters", Map.of("name", " ")).status()).isEqualTo(422);
        assertThat(post(rep, "/api/leads/saved-filters", Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(get(rep, "/api/activities/saved-filters").status()).isEqualTo(200);
        assertThat(delete(manager, "/api/contacts/saved-filters/" + shared).status()).isEqualTo(204);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}
