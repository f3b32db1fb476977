package io.saola.crm.customer.record;

import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.person;
import static io.saola.crm.customer.support.Customers.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;

class ListAndSearchApiTest extends CustomerApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP, "north");
    private final Caller otherRep = caller(workspace, "rep-minh", Role.SALES_REP, "south");
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER, "north");

    @Test
    void searchIgnoresVietnameseDiacriticsCaseAndPhoneFormatting() {
        post(rep, "/api/accounts", with(organisation("Công ty Nguyễn Hoàng"), "mobile", "+84912345678"));
        post(rep, "/api/accounts", with(organisation("Cửa hàng Đặng Thị Lụa"), "email", "lua.dang@cuahang.vn"));
        post(rep, "/api/accounts", organisation("Tập đoàn Sao Mai"));

        assertThat(names(search("/api/accounts", "nguyen"))).containsExactly("Công ty Nguyễn Hoàng");
        assertThat(names(search("/api/accounts", "NGUYỄN hoang"))).containsExactly("Công ty Nguyễn Hoàng");
        assertThat(names(search("/api/accounts", "dang"))).containsExactly("Cửa hàng Đặng Thị Lụa");
        assertThat(names(search("/api/accounts", "0912 345 678"))).containsExactly("Công ty Nguyễn Hoàng");
        assertThat(names(search("/api/accounts", "+84 912"))).containsExactly("Công ty Nguyễn Hoàng");
        assertThat(names(search("/api/accounts", "lua.dang@"))).containsExactly("Cửa hàng Đặng Thị Lụa");
        assertThat(names(search("/api/accounts", "ma"))).containsExactly("Tập đoàn Sao Mai");
        assertThat(names(search("/api/accounts", "hoang nguyen sao"))).isEmpty();
    }

    @Test
    void contactsAreFoundByTheirCompany() {
        String accountId = post(rep, "/api/accounts", organisation("Công ty Bình Minh")).id();
        post(rep, "/api/contacts", with(person("Lý Thu Trang"), "accountId", accountId));
        post(rep, "/api/contacts", person("Hồ Văn Tâm"));

        assertThat(names(search("/api/contacts", "binh minh"))).containsExactly("Lý Thu Trang");
        assertThat(names(search("/api/contacts", "tam"))).containsExactly("Hồ Văn Tâm");
    }

    @Test
    void scopeIsEnforcedOnTheServer() {
        post(rep, "/api/accounts", organisation("Của Lan"));
        post(otherRep, "/api/accounts", organisation("Của Minh"));
        post(manager, "/api/accounts", organisation("Của Hoa"));

        assertThat(names(get(rep, "/api/accounts").json())).containsExactly("Của Lan");
        assertThat(get(rep, "/api/accounts?scope=all").status()).isEqualTo(403);
        assertThat(get(rep, "/api/accounts?scope=everything").status()).isEqualTo(400);
        assertThat(names(get(manager, "/api/accounts").json())).containsExactlyInAnyOrder("Của Lan", "Của Minh",
                "Của Hoa");
        assertThat(names(get(manager, "/api/accounts?scope=mine").json())).containsExactly("Của Hoa");
        assertThat(names(get(manager, "/api/accounts?scope=team").json())).containsExactlyInAnyOrder("Của Lan",
                "Của Hoa");
    }

    @Test
    void filtersSortAndCursorPagesCombine() {
        for (int i = 1; i <= 5; i++) {
            post(rep, "/api/accounts", with(organisation("Khách " + i), "status", i % 2 == 0 ? "CUSTOMER" : "NEW"));
        }

        JsonNode customers = get(rep, "/api/accounts?filter=" + encode("status eq 'CUSTOMER'") + "&sort=name")
                .json();
        assertThat(names(customers)).containsExactly("Khách 2", "Khách 4");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get(rep, "/api/accounts?limit=2&sort=-name" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            seen.addAll(names(page));
            cursor = page.get("hasMore").asBoolean() ? page.get("nextCursor").asString() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).containsExactly("Khách 5", "Khách 4", "Khách 3", "Khách 2", "Khách 1");
        assertThat(pages).isEqualTo(3);
        assertThat(get(rep, "/api/accounts?filter=" + encode("tenantId eq 'x'")).status()).isEqualTo(400);
        assertThat(get(rep, "/api/accounts?filter=" + encode("status eq 'NOPE'")).status()).isEqualTo(400);
        assertThat(get(rep, "/api/accounts?cursor=forged").status()).isEqualTo(400);
    }

    @Test
    void timeFiltersKeepRecordsOfThePeriod() {
        post(rep, "/api/accounts", organisation("Mới hôm nay"));

        assertThat(names(get(rep, "/api/accounts?period=today").json())).containsExactly("Mới hôm nay");
        assertThat(names(get(rep, "/api/accounts?period=quarter").json())).containsExactly("Mới hôm nay");
        assertThat(names(get(rep, "/api/accounts?period=custom&to=2020-01-01T00:00:00Z").json())).isEmpty();
        assertThat(names(get(rep, "/api/accounts?from=2020-01-01T00:00:00Z").json())).containsExactly("Mới hôm nay");
        assertThat(get(rep, "/api/accounts?period=yesterday").status()).isEqualTo(400);
        assertThat(get(rep, "/api/accounts?period=custom").status()).isEqualTo(400);
        assertThat(get(rep, "/api/accounts?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void activitiesAreListedByScopeAndTime() {
        post(rep, "/api/activities", io.saola.crm.customer.activity.ActivityApiTest.call("lead-1",
                "2026-03-02T03:00:00Z", true));
        post(otherRep, "/api/activities", io.saola.crm.customer.activity.ActivityApiTest.call("lead-1",
                "2026-03-05T03:00:00Z", true));

        assertThat(get(rep, "/api/activities").json().get("items")).hasSize(1);
        assertThat(get(manager, "/api/activities").json().get("items")).hasSize(2);
        assertThat(get(manager, "/api/activities?from=2026-03-04T00:00:00Z").json().get("items")).hasSize(1);
        assertThat(get(manager, "/api/activities?q=tu+van").json().get("items")).hasSize(2);
    }

    private JsonNode search(String path, String query) {
        Response response = get(rep, path + "?q=" + encode(query));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        Set<String> distinct = new HashSet<>(names);
        assertThat(distinct).hasSameSizeAs(names);
        return names;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
