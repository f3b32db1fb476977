package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.saola.crm.deploy.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client input that used to fail inside the services, sent through the gateway with a real login: it is
 * answered with a problem the client can act on, CSV import runs as a job a client follows, and exported cells
 * that a spreadsheet would run as formulas are neutralised.
 */
class SecurityInputsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String THIRTY_FIVE_DIGITS = "12345678901234567890123456789012345";

    private static int port;
    private static String slug;
    private static String admin;

    @BeforeAll
    static void aWorkspaceAndItsAdmin() throws Exception {
        Platform platform = RunningPlatform.get();
        port = URI.create(platform.gatewayUrl()).getPort();
        TestWorkspaces.Workspace workspace = TestWorkspaces.signUp("nhap");
        slug = workspace.slug();
        admin = workspace.admin().token();
    }

    @Test
    void aDecimalOfThirtyFiveDigitsInAFilterIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> refused = send("GET", "/api/opportunities?filter="
                + encode("amount gt " + THIRTY_FIVE_DIGITS), null, null);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("'amount'", "34 significant digits");
    }

    @Test
    void aCsvOfAHundredAndOneColumnsIsRefusedAsAWholeWith422() throws Exception {
        String csv = "name,type," + "x,".repeat(98) + "x\r\nCông ty Quá Cột,B2B\r\n";

        HttpResponse<String> refused = send("POST", "/api/accounts/import", csv, "text/csv");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("more than 100 fields");
        assertThat(send("GET", "/api/accounts?q=" + encode("qua cot"), null, null).body()).doesNotContain("Quá Cột");
    }

    @Test
    void anImportJobReportsItsProgressAndRowErrorsAndItsAccountsAreListed() throws Exception {
        String csv = "name,type,email\r\nCông ty Nhập Một,B2B,mot@nhap.vn\r\nCông ty Nhập Hai,B2B,\r\n"
                + "Công ty Nhập Ba,B2X,not-an-email\r\n";

        HttpResponse<String> submitted = send("POST", "/api/accounts/import", csv, "text/csv");

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/accounts/import/");
        JsonNode job = JSON.readTree(submitted.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!job.get("state").asString().equals("SUCCEEDED") && !job.get("state").asString().equals("FAILED")) {
            assertThat(job.get("rowsDone").asLong()).isBetween(0L, 3L);
            assertThat(System.nanoTime()).as("the import job did not finish: " + job).isLessThan(deadline);
            Thread.sleep(100);
            HttpResponse<String> status = send("GET", location, null, null);
            assertThat(status.statusCode()).isEqualTo(200);
            job = JSON.readTree(status.body());
        }

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("rows").asLong()).isEqualTo(3);
        assertThat(job.get("rowsDone").asLong()).isEqualTo(3);
        assertThat(job.get("imported").asLong()).isEqualTo(2);
        assertThat(job.get("failed").asLong()).isEqualTo(1);
        assertThat(job.get("errors").toString()).contains("\"row\":4", "\"field\":\"type\"", "\"field\":\"email\"");
        String listed = send("GET", "/api/accounts?q=" + encode("cong ty nhap"), null, null).body();
        assertThat(listed).contains("Công ty Nhập Một", "Công ty Nhập Hai").doesNotContain("Công ty Nhập Ba");

        HttpResponse<String> again = send("POST", "/api/accounts/import", csv, "text/csv");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Location")).contains(location);
    }

    @Test
    void exportedCellsThatAreFormulasAreNeutralised() throws Exception {
        for (String name : new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)"}) {
            HttpResponse<String> created = send("POST", "/api/accounts", JSON.writeValueAsString(
                    Map.of("type", "B2B", "name", name)), "application/json");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }

        HttpResponse<String> export = send("GET", "/api/accounts/export", null, null);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", ",'+1+1,", ",'-2+3,", ",'@SUM(A1),")
                .doesNotContain(",=HYPERLINK", ",+1+1", ",-2+3", ",@SUM");
    }

    private static HttpResponse<String> send(String method, String path, String body, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", slug + ".localhost:" + port)
                .header("Authorization", "Bearer " + admin)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
