package io.saola.crm.customer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.customer.support.Customers;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceHeaders;

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
        Response submitted = call(manager, "POST", "/api/accounts/import", ACCOUNTS, CSV);

        assertThat(submitted.status()).isEqualTo(202);
        assertThat(submitted.header("Location")).isEqualTo("/api/accounts/import/" + submitted.id());
        assertThat(submitted.json().get("state").asString()).isEqualTo("QUEUED");
        assertThat(submitted.json().get("rows").asLong()).isEqualTo(4);
        JsonNode report = finished(submitted);
        assertThat(report.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(report.get("rows").asLong()).isEqualTo(4);
        assertThat(report.get("rowsDone").asLong()).isEqualTo(4);
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
    void uploadingTheSameFileAgainAnswersItsJobAndAnotherFileImportsNoRowTwice() {
        Response first = call(manager, "POST", "/api/accounts/import", ACCOUNTS, CSV);
        finished(first);

        Response sameFile = call(manager, "POST", "/api/accounts/import", ACCOUNTS, CSV);
        assertThat(sameFile.status()).isEqualTo(200);
        assertThat(sameFile.header("Location")).isEqualTo(first.header("Location"));
        assertThat(sameFile.json().get("imported").asLong()).isEqualTo(2);

        JsonNode sameRowsOtherFile = finished(call(manager, "POST", "/api/accounts/import",
                ACCOUNTS.replace("\r\n", "\n"), CSV));
        assertThat(sameRowsOtherFile.get("id").asString()).isNotEqualTo(first.id());
        assertThat(sameRowsOtherFile.get("imported").asLong()).isZero();
        assertThat(sameRowsOtherFile.get("alreadyImported").asLong()).isEqualTo(2);
        assertThat(get(manager, "/api/accounts").json().get("items")).hasSize(2);

        Caller otherWorkspace = caller("other-" + workspace, "manager-hoa", Role.SALES_MANAGER);
        Response elsewhere = call(otherWorkspace, "POST", "/api/accounts/import", ACCOUNTS, CSV);
        assertThat(elsewhere.status()).isEqualTo(202);
        assertThat(elsewhere.id()).isNotEqualTo(first.id());
        assertThat(get(otherWorkspace, first.header("Location")).status()).isEqualTo(404);
        assertThat(get(manager, "/api/contacts/import/" + first.id()).status()).isEqualTo(404);
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
        JsonNode report = finished(admin, call(admin, "POST", "/api/accounts/import", all.body(), CSV));
        assertThat(report.get("imported").asLong()).isEqualTo(2);
        assertThat(get(admin, "/api/accounts?q=anh+sao").json().get("items").get(0).get("mobile").asString())
                .isEqualTo("+84987111222");
    }

    @Test
    void importNeedsTheImportPermissionAndTheRequiredColumns() {
        assertThat(call(rep, "POST", "/api/accounts/import", ACCOUNTS, CSV).status()).isEqualTo(403);
        Response job = call(manager, "POST", "/api/contacts/import", "name\r\nAn\r\n", CSV);
        assertThat(get(rep, job.header("Location")).status()).isEqualTo(403);
        Response noName = call(manager, "POST", "/api/accounts/import", "type,email\r\nB2B,a@b.vn\r\n", CSV);
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.body()).contains("name");
        assertThat(call(manager, "POST", "/api/accounts/import", ACCOUNTS, Map.of("Content-Type",
                "application/json")).status()).isEqualTo(415);
        assertThat(get(manager, "/api/accounts").json().get("items")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesThatCannotBeImported")
    void refusesAFileItCannotImportAsAWholeAndStoresNothing(String problem, String csv, String explained) {
        Response refused = call(manager, "POST", "/api/accounts/import", csv, CSV);

        assertThat(refused.status()).as(problem).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(refused.body()).contains(explained);
        assertThat(get(manager, "/api/accounts").json().get("items")).as(problem).isEmpty();
    }

    static Stream<Arguments> filesThatCannotBeImported() {
        String good = "Công ty An Phú,B2B\r\n";
        return Stream.of(
                Arguments.of("an empty body", "", "is empty"),
                Arguments.of("only a header", "name,type\r\n\r\n", "no rows below the header"),
                Arguments.of("101 columns", "name,type," + "x,".repeat(98) + "x\r\n" + good,
                        "more than 100 fields"),
                Arguments.of("101 fields in a later row", "name,type\r\n" + good + "a," + ",".repeat(100) + "\r\n",
                        "line 3: a record has more than 100 fields"),
                Arguments.of("a column named twice", "name,type,Name\r\nAn,B2B,Bình\r\n", "'name' more than once"),
                Arguments.of("an unclosed quote after good rows", "name,type\r\n" + good + "\"Bình,B2B\r\n",
                        "a quoted field is not closed"),
                Arguments.of("a field of more than 10,000 characters", "name,type\r\n" + good + "x".repeat(10_001)
                        + ",B2B\r\n", "longer than 10000 characters"),
                Arguments.of("10,001 rows", "name,type\r\n" + good.repeat(10_001), "more than 10000 rows"));
    }

    @Test
    void refusesBytesThatAreNotUtf8OversizedFilesAndOtherContentTypes() throws Exception {
        byte[] latin1 = "name,type\r\nCông ty,B2B\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Response notUtf8 = raw("/api/accounts/import", "text/csv", latin1);
        assertThat(notUtf8.status()).isEqualTo(422);
        assertThat(notUtf8.body()).contains("is not UTF-8 text");

        byte[] large = ("name,type\r\n" + ("x".repeat(1000) + ",B2B\r\n").repeat(5300))
                .getBytes(StandardCharsets.UTF_8);
        Response tooLarge = raw("/api/accounts/import", "text/csv", large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.json().get("maxBytes").asLong()).isEqualTo(5 * 1024 * 1024);

        assertThat(raw("/api/accounts/import", null, "name,type\r\nAn,B2B\r\n".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(415);
        assertThat(raw("/api/accounts/import", "text/plain", "name,type\r\nAn,B2B\r\n"
                .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
        assertThat(get(manager, "/api/accounts").json().get("items")).isEmpty();
        assertThat(get(manager, "/api/accounts/import/no-such-job").status()).isEqualTo(404);
    }

    @Test
    void contactsImportAndExportToo() {
        String csv = "name,mobile,primary\r\nLê Thị Thu,0905 123 456,no\r\nTrương Văn Tài,,maybe\r\n";

        JsonNode report = finished(call(manager, "POST", "/api/contacts/import", csv, CSV));

        assertThat(report.get("imported").asLong()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("field").asString()).isEqualTo("primary");
        assertThat(get(manager, "/api/contacts/export").body()).contains("Lê Thị Thu", "+84905123456");
    }

    /** Follows the job at the answer's Location until it has finished, within a bound. */
    private JsonNode finished(Response submitted) {
        return finished(manager, submitted);
    }

    private JsonNode finished(Caller caller, Response submitted) {
        assertThat(submitted.status()).as(submitted.body()).isIn(200, 202);
        String location = submitted.header("Location");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode job = get(caller, location).json();
            if (job.get("state").asString().equals("SUCCEEDED") || job.get("state").asString().equals("FAILED")) {
                return job;
            }
            assertThat(System.nanoTime()).as("job at " + location + " did not finish").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A request with exactly these bytes and this Content-Type (none when null). */
    private Response raw(String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(WorkspaceHeaders.FORWARDED_WORKSPACE, manager.workspace())
                .header("Authorization", "Bearer " + manager.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body(), response.headers().map());
    }
}
