package io.saola.crm.customer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.customer.support.Customers;
import io.saola.crm.platform.security.Role;

class TransferApiTest extends CustomerApiTest {

    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv; charset=UTF-8");
    private static final String ACCOUNTS = "name,type,mobile,email,city,status\r\n"
            + "Công ty Nguyễn Kim,B2B,0912 111 222,lienhe@nguyenkim.vn,Hồ Chí Minh,need_identified\r\n"
            + "\"Đặng, Thị Hạnh\",b2c,,hanh@example.vn,Hà Nội,\r\n"
            + ",B2B,12345,not-an-email,,\r\n"
            + "Cửa hàng Phú Thịnh,B2X,,,,\r\n";

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);

    @Test
    void importsValidRowsReportsEachBadOneAndKeepsVietnameseIntact() {
        Response imported = call(manager, "POST", "/api/accounts/import", ACCOUNTS, CSV);

        assertThat(imported.status()).isEqualTo(200);
        JsonNode report = imported.json();
        assertThat(report.get("rows").asLong()).isEqualTo(4);
        assertThat(report.get("imported").asLong()).isEqualTo(2);
        assertThat(report.get("failed").asLong()).isEqualTo(2);
        assertThat(report.get("errors").toString()).contains("\"row\":4", "\"field\":\"name\"", "\"field\":\"mobile\"",
                "\"field\":\"email\"", "\"row\":5", "\"field\":\"type\"");
        JsonNode found = get(manager, "/api/accounts?q=dang").json().get("items");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("name").asString()).isEqualTo("Đặng, Thị Hạnh");
        assertThat(found.get(0).get("address").get("city").asString()).isEqualTo("Hà Nội");
        assertThat(get(manager, "/api/accounts?q=nguyen+kim").json().get("items").get(0).get("statusLabel")
                .asString()).isEqualTo("Phát sinh nhu cầu");
    }

    @Test
    void uploadingTheSameFileAgainImportsNothingTwice() {
        call(manager, "POST", "/api/accounts/import", ACCOUNTS, CSV);

        JsonNode again = call(manager, "POST", "/api/accounts/import", ACCOUNTS, CSV).json();

        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("alreadyImported").asLong()).isEqualTo(2);
        assertThat(get(manager, "/api/accounts").json().get("items")).hasSize(2);
    }

    @Test
    void exportsWhatTheMemberMayExportAsUtf8CsvThatImportsBack() {
        post(manager, "/api/accounts", Customers.with(Customers.organisation("Công ty Ánh Sao"), "mobile",
                "0987 111 222"));
        post(rep, "/api/accounts", Customers.organisation("Của đại diện Lan"));

        Response all = get(manager, "/api/accounts/export");
        Response mine = get(rep, "/api/accounts/export");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Content-Type")).startsWith("text/csv");
        assertThat(all.body()).startsWith("\uFEFFid,type,name,").contains("Công ty Ánh Sao", "+84987111222",
                "Của đại diện Lan");
        assertThat(mine.body()).contains("Của đại diện Lan").doesNotContain("Ánh Sao");
        assertThat(get(manager, "/api/accounts/export?q=anh+sao").body()).doesNotContain("Lan");

        String otherWorkspace = "copy-" + workspace;
        Caller admin = caller(otherWorkspace, "admin-an", Role.WORKSPACE_ADMIN);
        directory().members(otherWorkspace, "manager-hoa", "rep-lan");
        JsonNode report = call(admin, "POST", "/api/accounts/import", all.body(), CSV).json();
        assertThat(report.get("imported").asLong()).isEqualTo(2);
        assertThat(get(admin, "/api/accounts?q=anh+sao").json().get("items").get(0).get("mobile").asString())
                .isEqualTo("+84987111222");
    }

    @Test
    void importNeedsTheImportPermissionAndTheRequiredColumns() {
        assertThat(call(rep, "POST", "/api/accounts/import", ACCOUNTS, CSV).status()).isEqualTo(403);
        Response noName = call(manager, "POST", "/api/accounts/import", "type,email\r\nB2B,a@b.vn\r\n", CSV);
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.body()).contains("name");
        assertThat(call(manager, "POST", "/api/accounts/import", ACCOUNTS, Map.of("Content-Type",
                "application/json")).status()).isEqualTo(415);
        assertThat(get(manager, "/api/accounts").json().get("items")).isEmpty();
    }

    @Test
    void contactsImportAndExportToo() {
        String csv = "name,mobile,primary\r\nLê Thị Thu,0905 123 456,no\r\nTrương Văn Tài,,maybe\r\n";

        JsonNode report = call(manager, "POST", "/api/contacts/import", csv, CSV).json();

        assertThat(report.get("imported").asLong()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("field").asString()).isEqualTo("primary");
        assertThat(get(manager, "/api/contacts/export").body()).contains("Lê Thị Thu", "+84905123456");
    }
}
