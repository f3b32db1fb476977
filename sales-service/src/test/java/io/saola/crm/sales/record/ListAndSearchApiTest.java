package io.saola.crm.sales.record;

import static io.saola.crm.sales.support.SalesRecords.companyLead;
import static io.saola.crm.sales.support.SalesRecords.opportunity;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.security.Role;
import io.saola.crm.sales.support.SalesApiTest;

/** Lists of every record type: search, filter, scope, cursor pages, saved filters; duplicate leads. */
class ListAndSearchApiTest extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP, "north");
    private final Caller teamMate = caller(workspace, "rep-minh", Role.SALES_REP, "north");
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Test
    void searchFindsLeadsByNameCompanyEmailAndPhoneWithoutDiacritics() {
        post(rep, "/api/leads", with(companyLead("Nguyễn Thị Hằng", "Công ty Đặng Gia"), "email", "hang@danggia.vn",
                "mobile", "0912 345 678"));
        post(rep, "/api/leads", personLead("Trần Văn Khoa"));

        assertThat(personNames("/api/leads?q=" + encode("nguyen hang"))).containsExactly("Nguyễn Thị Hằng");
        assertThat(personNames("/api/leads?q=dang")).containsExactly("Nguyễn Thị Hằng");
        assertThat(personNames("/api/leads?q=" + encode("HANG@DANGGIA"))).containsExactly("Nguyễn Thị Hằng");
        assertThat(personNames("/api/leads?q=" + encode("0912 345"))).containsExactly("Nguyễn Thị Hằng");
        assertThat(personNames("/api/leads?q=" + encode("+84912"))).containsExactly("Nguyễn Thị Hằng");
        assertThat(personNames("/api/leads?q=khoa")).containsExactly("Trần Văn Khoa");
        assertThat(personNames("/api/leads?q=" + encode("nguyen khoa"))).isEmpty();
    }

    @Test
    void scopeLimitsWhoseRecordsAreListedAndCannotWidenARepsRights() {
        directory().teams(workspace, "south");
        post(rep, "/api/leads", personLead("Của Lan"));
        post(teamMate, "/api/leads", personLead("Của Minh"));
        post(manager, "/api/leads", with(personLead("Của quản lý"), "teamId", "south"));

        assertThat(names(get(rep, "/api/leads").json())).containsExactly("Của Lan");
        assertThat(get(rep, "/api/leads?scope=team").status()).isEqualTo(403);
        assertThat(get(rep, "/api/leads?scope=everyone").status()).isEqualTo(400);
        assertThat(names(get(manager, "/api/leads?scope=mine").json())).containsExactly("Của quản lý");
        assertThat(names(get(manager, "/api/leads?scope=all").json()))
                .containsExactlyInAnyOrder("Của Lan", "Của Minh", "Của quản lý");
    }

    @Test
    void filtersSortsAndPagesWithACursorSeeingEveryLeadOnce() {
        for (String name : List.of("An", "Bình", "Cường", "Dũng", "Giang")) {
            post(rep, "/api/leads", with(personLead("Khách " + name), "rating", name.equals("An") ? "HOT" : "COLD"));
        }

        assertThat(names(get(rep, "/api/leads?filter=" + encode("rating eq 'HOT'")).json()))
                .containsExactly("Khách An");
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get(rep, "/api/leads?limit=2&sort=-personName" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            seen.addAll(names(page));
            cursor = page.get("hasMore").asBoolean() ? page.get("nextCursor").asString() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).containsExactly("Khách Giang", "Khách Dũng", "Khách Cường", "Khách Bình", "Khách An");
        assertThat(get(rep, "/api/leads?filter=" + encode("tenantId eq 'x'")).status()).isEqualTo(400);
        assertThat(get(rep, "/api/leads?filter=" + encode("status eq 'NOPE'")).status()).isEqualTo(400);
        assertThat(get(rep, "/api/leads?cursor=forged").status()).isEqualTo(400);
    }

    @Test
    void opportunitiesFilterByStageAndCloseDate() {
        post(rep, "/api/opportunities", with(opportunity("Sớm", "acc-1"), "expectedCloseDate", "2026-07-01"));
        post(rep, "/api/opportunities", with(opportunity("Muộn", "acc-1"), "expectedCloseDate", "2026-12-01",
                "stage", "PROPOSAL", "amount", Map.of("amount", "900000000.25")));

        assertThat(names(get(rep, "/api/opportunities?filter=" + encode("stage eq 'PROPOSAL'")).json()))
                .containsExactly("Muộn");
        assertThat(names(get(rep, "/api/opportunities?filter=" + encode("expectedCloseDate lt '2026-09-01'"))
                .json())).containsExactly("Sớm");
        assertThat(names(get(rep, "/api/opportunities?filter=" + encode("accountId eq 'acc-1'") + "&sort=name")
                .json())).containsExactly("Muộn", "Sớm");
        assertThat(names(get(rep, "/api/opportunities?filter=" + encode("amount gt 150000000")).json()))
                .containsExactly("Muộn");
        assertThat(names(get(rep, "/api/opportunities?sort=-amount").json())).containsExactly("Muộn", "Sớm");
        assertThat(names(get(rep, "/api/opportunities?q=muon").json())).containsExactly("Muộn");
    }

    @Test
    void aSavedFilterIsAppliedByIdAndOnlyForItsList() {
        post(rep, "/api/leads", with(personLead("Khách nóng"), "rating", "HOT"));
        post(rep, "/api/leads", with(personLead("Khách lạnh"), "rating", "COLD"));
        Response saved = post(rep, "/api/leads/saved-filters", Map.of("name", "Khách nóng của tôi",
                "filter", "rating eq 'HOT'", "options", Map.of("scope", "mine")));

        assertThat(saved.status()).isEqualTo(201);
        assertThat(names(get(rep, "/api/leads?savedFilter=" + saved.id()).json())).containsExactly("Khách nóng");
        assertThat(get(rep, "/api/leads/saved-filters").json()).hasSize(1);
        assertThat(get(rep, "/api/opportunities?savedFilter=" + saved.id()).status()).isEqualTo(404);
        assertThat(post(rep, "/api/opportunities/saved-filters", Map.of("name", "Sai",
                "filter", "rating eq 'HOT'")).status()).isIn(400, 422);
    }

    @Test
    void aLeadWithTheSameEmailOrPhoneIsADuplicateUnlessConfirmed() {
        String first = post(rep, "/api/leads", with(personLead("Phan Văn Đức"), "email", "duc@example.vn",
                "mobile", "0912 111 222")).id();

        Response sameEmail = post(rep, "/api/leads", with(personLead("Đức khác"), "email", "DUC@example.vn"));
        Response samePhone = post(teamMate, "/api/leads", with(personLead("Đức nữa"), "phone", "+84 912 111 222"));
        Response confirmed = post(rep, "/api/leads?confirmDuplicate=true", with(personLead("Đức thật"),
                "email", "duc@example.vn"));

        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.json().get("existingId").asString()).isEqualTo(first);
        assertThat(samePhone.status()).isEqualTo(409);
        assertThat(samePhone.json().get("existingId").asString()).isEqualTo(first);
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(names(get(manager, "/api/leads").json())).containsExactlyInAnyOrder("Phan Văn Đức", "Đức thật");
    }

    @Test
    void periodsFilterOnTheCreationTimeInTheBusinessTimeZone() {
        post(rep, "/api/leads", personLead("Khách hôm nay"));

        assertThat(names(get(rep, "/api/leads?period=today").json())).containsExactly("Khách hôm nay");
        assertThat(names(get(rep, "/api/leads?period=quarter").json())).containsExactly("Khách hôm nay");
        assertThat(names(get(rep, "/api/leads?period=custom&from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z")
                .json())).isEmpty();
        assertThat(names(get(rep, "/api/leads?from=2020-01-01T00:00:00Z").json())).containsExactly("Khách hôm nay");
        assertThat(get(rep, "/api/leads?period=yesterday").status()).isEqualTo(400);
        assertThat(get(rep, "/api/leads?period=custom").status()).isEqualTo(400);
        assertThat(get(rep, "/api/opportunities?from=soon").status()).isEqualTo(400);
    }

    private List<String> personNames(String path) {
        return names(get(rep, path).json());
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.has("personName") ? item.get("personName").asString()
                : item.get("name").asString()));
        return names;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
