package io.saola.crm.sales.competitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.saola.crm.platform.security.Role;
import io.saola.crm.sales.support.SalesApiTest;

class CompetitorAndPartnerApiTest extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller otherRep = caller(workspace, "rep-minh", Role.SALES_REP);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);
    private final Caller supportAgent = caller(workspace, "agent-tuan", Role.SUPPORT_AGENT);

    @Test
    void competitorsAreSharedByTheWorkspaceAndTheirNamesAreUnique() {
        Response created = post(rep, "/api/competitors", Map.of("name", "Công ty Ánh Dương",
                "strengths", "Giá rẻ", "weaknesses", "Hỗ trợ chậm"));
        Response sameName = post(otherRep, "/api/competitors", Map.of("name", "cong ty anh duong"));
        String path = "/api/competitors/" + created.id();

        assertThat(created.status()).isEqualTo(201);
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().get("existingId").asString()).isEqualTo(created.id());
        assertThat(get(otherRep, path).json().get("strengths").asString()).isEqualTo("Giá rẻ");
        assertThat(put(otherRep, path, Map.of("name", "Công ty Ánh Dương", "strengths", "Giá rẻ, nhanh"), "\"0\"")
                .header("ETag")).isEqualTo("\"1\"");
        assertThat(put(rep, path, Map.of("name", "Cũ"), "\"0\"").status()).isEqualTo(412);
        assertThat(get(rep, "/api/competitors?q=anh%20duong").json().get("items")).hasSize(1);
    }

    @Test
    void onlyManagersDeleteCompetitorsAndPartnersAndOthersMayNotWriteThem() {
        String competitor = "/api/competitors/" + post(rep, "/api/competitors", Map.of("name", "Đối thủ B")).id();
        String partner = "/api/partners/" + post(rep, "/api/partners", Map.of("name", "Tư vấn Hòa An",
                "kind", "CONSULTANT", "phone", "0912 000 222", "email", "LienHe@HoaAn.vn")).id();

        assertThat(delete(rep, competitor).status()).isEqualTo(403);
        assertThat(delete(rep, partner).status()).isEqualTo(403);
        assertThat(post(supportAgent, "/api/partners", Map.of("name", "Không được")).status()).isEqualTo(403);
        assertThat(delete(manager, competitor).status()).isEqualTo(204);
        assertThat(get(rep, competitor).status()).isEqualTo(404);
        assertThat(post(manager, competitor + "/restore", null).status()).isEqualTo(200);
        var read = get(rep, partner).json();
        assertThat(read.get("phone").asString()).isEqualTo("+84912000222");
        assertThat(read.get("email").asString()).isEqualTo("lienhe@hoaan.vn");
        assertThat(read.get("kindLabel").asString()).isEqualTo("Tư vấn");
    }

    @Test
    void refusesInvalidPartnersListingEveryField() {
        Response refused = post(rep, "/api/partners", Map.of("name", " ", "phone", "123", "email", "x@"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"name\"").contains("\"phone\"").contains("\"email\"");
    }
}
