package io.saola.crm.salesdata.quote;

import static io.saola.crm.salesdata.fixtures.CatalogueApi.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.saola.crm.platform.security.Role;
import io.saola.crm.salesdata.expiry.ExpirySweep;
import io.saola.crm.salesdata.fixtures.Api;
import io.saola.crm.salesdata.fixtures.CatalogueApi;
import io.saola.crm.salesdata.fixtures.MutableClock;
import io.saola.crm.salesdata.fixtures.SalesDataServiceTest;

class QuoteHttpTest extends SalesDataServiceTest {

    @Autowired
    MutableClock clock;
    @Autowired
    ExpirySweep expirySweep;
    @Autowired
    io.saola.crm.salesdata.quote.application.QuoteExpiry quoteExpiry;

    private String rice;
    private String coffee;
    private String book;
    private Api rep;

    @BeforeEach
    void catalogue() {
        clock.set(START);
        CatalogueApi catalogue = new CatalogueApi(admin());
        String weight = catalogue.weightGroup();
        rice = catalogue.product(weight, "ST25", "Gạo ST25 Sóc Trăng", "35000", 5);
        coffee = catalogue.product(weight, "CF-01", "Cà phê Buôn Ma Thuột", "250000", 10);
        book = catalogue.priceBook("Đại lý 2026", "2026-01-01", "2026-12-31",
                List.of(entry(rice, "kg", "32000"), entry(coffee, "kg", "240000")));
        rep = as("rep-an", Role.SALES_REP);
    }

    @Test
    void aQuoteIsNumberedPricedFromTheBookAndTotalledPerLine() {
        Api.Response first = rep.post("/api/quotes", quote(List.of(
                line(rice, "500", "g", null, "0"),
                Map.of("productId", coffee, "quantity", 3, "unitPrice", Map.of("amount", 233333), "discountPercent", 10))));
        Api.Response second = rep.post("/api/quotes", quote(List.of(line(rice, "1", "kg", null, "0"))));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.text("number")).isEqualTo("BG-2026-000001");
        assertThat(second.text("number")).isEqualTo("BG-2026-000002");
        assertThat(first.text("status")).isEqualTo("DRAFT");
        assertThat(first.text("ownerId")).isEqualTo("rep-an");
        var lines = first.body().path("lines");
        assertThat(lines.get(0).path("unitPrice").path("amount").decimalValue()).isEqualByComparingTo("32");
        assertThat(lines.get(0).path("net").path("amount").decimalValue()).isEqualByComparingTo("16000");
        assertThat(lines.get(0).path("vat").path("amount").decimalValue()).isEqualByComparingTo("800");
        assertThat(lines.get(0).path("productName").asString()).isEqualTo("Gạo ST25 Sóc Trăng");
        // 3 × 233 333 = 699 999, −10 % = 629 999.1 → 629 999; VAT 10 % = 62 999.9 → 63 000
        assertThat(lines.get(1).path("priceOverridden").asBoolean()).isTrue();
        assertThat(lines.get(1).path("net").path("amount").decimalValue()).isEqualByComparingTo("629999");
        assertThat(lines.get(1).path("vat").path("amount").decimalValue()).isEqualByComparingTo("63000");
        var totals = first.body().path("totals");
        assertThat(totals.path("net").path("amount").decimalValue()).isEqualByComparingTo("645999");
        assertThat(totals.path("vat").path("amount").decimalValue()).isEqualByComparingTo("63800");
        assertThat(totals.path("total").path("amount").decimalValue()).isEqualByComparingTo("709799");
        assertThat(totals.path("vatBreakdown")).hasSize(2);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOneQuote() throws Exception {
        Map<String, Object> body = quote(List.of(line(rice, "1", "kg", null, "0")));
        var racing = java.util.concurrent.CompletableFuture.supplyAsync(() -> rep.post("/api/quotes", body, "erp-77"));

        Api.Response first = rep.post("/api/quotes", body, "erp-77");
        Api.Response retry = rep.post("/api/quotes", body, "erp-77");
        Api.Response raced = racing.get(30, java.util.concurrent.TimeUnit.SECONDS);
        Api.Response otherKey = rep.post("/api/quotes", body, "erp-78");
        Api.Response otherCaller = as("rep-binh", Role.SALES_REP).post("/api/quotes", body, "erp-77");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(raced.text("id")).isEqualTo(first.text("id"));
        assertThat(otherKey.text("id")).isNotEqualTo(first.text("id"));
        assertThat(otherCaller.text("id")).isNotEqualTo(first.text("id"));
        assertThat(admin().get("/api/quotes?sort=number").body().path("items").findValuesAsString("number"))
                .containsExactly("BG-2026-000001", "BG-2026-000002", "BG-2026-000003");
    }

    @Test
    void badInputIsRefusedWithEveryFieldAndTakesNoNumber() {
        Api.Response negative = rep.post("/api/quotes", quote(List.of(line(rice, "-2", "kg", null, "0"))));
        Api.Response unknownUnit = rep.post("/api/quotes", quote(List.of(line(rice, "2", "lít", null, "0"))));
        Map<String, Object> dollars = new HashMap<>(quote(List.of(line(rice, "2", "kg", null, "0"))));
        dollars.put("currency", "USD");
        Api.Response currencyMismatch = rep.post("/api/quotes", dollars);
        Api.Response huge = rep.post("/api/quotes", quote(new ArrayList<>(Collections.nCopies(10_000,
                line(rice, "1", "kg", null, "0")))));
        Api.Response overridden = rep.post("/api/quotes", quote(List.of(Map.of("productId", rice, "quantity", 1,
                "unitPrice", Map.of("amount", 10, "currency", "EUR")))));
        Api.Response noAccount = rep.post("/api/quotes", Map.of("validUntil", "2026-07-15", "lines", List.of()));
        Api.Response malformed = rep.post("/api/quotes", "{\"accountId\": ");
        Api.Response enormous = rep.post("/api/quotes", quote(List.of(line(rice, "999999999999", "tấn", null, "0"))));

        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.body().path("errors").findValuesAsString("field")).containsExactly("lines[0].quantity");
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.body().path("errors").findValuesAsString("field")).containsExactly("lines[0].unit");
        assertThat(currencyMismatch.status()).isEqualTo(422);
        assertThat(currencyMismatch.raw()).contains("price book's currency VND");
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.body().path("errors").findValuesAsString("field")).contains("lines");
        assertThat(overridden.status()).isEqualTo(422);
        assertThat(overridden.body().path("errors").findValuesAsString("field"))
                .containsExactly("lines[0].unitPrice.currency");
        assertThat(noAccount.status()).isEqualTo(422);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(enormous.status()).isEqualTo(422);
        for (Api.Response refused : List.of(negative, unknownUnit, currencyMismatch, huge, overridden, noAccount,
                enormous)) {
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(admin().get("/api/quotes").body().path("items")).isEmpty();
        assertThat(rep.post("/api/quotes", quote(List.of(line(rice, "1", "kg", null, "0")))).text("number"))
                .isEqualTo("BG-2026-000001");
    }

    @Test
    void aQuoteIsSentThenAcceptedAndIllegalChangesAre409() {
        String id = rep.post("/api/quotes", quote(List.of(line(rice, "10", "kg", null, "0")))).text("id");

        Api.Response acceptDraft = rep.post("/api/quotes/" + id + "/accept", null);
        Api.Response sent = rep.post("/api/quotes/" + id + "/send", null);
        Api.Response edit = rep.put("/api/quotes/" + id, quote(List.of(line(rice, "20", "kg", null, "0"))), null);
        Api.Response accepted = rep.post("/api/quotes/" + id + "/accept", null);
        Api.Response rejectAccepted = rep.post("/api/quotes/" + id + "/reject", Map.of("reason", "muộn"));

        assertThat(acceptDraft.status()).isEqualTo(409);
        assertThat(acceptDraft.text("type")).endsWith("/invalid-state-transition");
        assertThat(acceptDraft.text("currentState")).isEqualTo("DRAFT");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.text("status")).isEqualTo("SENT");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.raw()).contains("revision");
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        assertThat(rejectAccepted.status()).isEqualTo(409);
        assertThat(rep.get("/api/quotes/" + id).body().path("lines").get(0).path("quantity").decimalValue())
                .isEqualByComparingTo("10");
    }

    @Test
    void aDraftIsEditedInPlaceWithIfMatch() {
        Api.Response draft = rep.post("/api/quotes", quote(List.of(line(rice, "10", "kg", null, "0"))));

        Api.Response stale = rep.put("/api/quotes/" + draft.text("id"),
                quote(List.of(line(rice, "20", "kg", null, "0"))), "\"5\"");
        Api.Response edited = rep.put("/api/quotes/" + draft.text("id"),
                quote(List.of(line(rice, "20", "kg", null, "0"))), draft.etag());

        assertThat(stale.status()).isEqualTo(412);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("number")).isEqualTo(draft.text("number"));
        assertThat(edited.body().path("totals").path("net").path("amount").decimalValue())
                .isEqualByComparingTo("640000");
    }

    @Test
    void aSentQuoteIsChangedThroughANewRevisionWithTheSameNumber() {
        String id = rep.post("/api/quotes", quote(List.of(line(rice, "10", "kg", null, "0")))).text("id");
        rep.post("/api/quotes/" + id + "/send", null);

        Api.Response revision = rep.post("/api/quotes/" + id + "/revisions", null);
        Api.Response again = rep.post("/api/quotes/" + id + "/revisions", null);
        Api.Response old = rep.get("/api/quotes/" + id);
        Api.Response edited = rep.put("/api/quotes/" + revision.text("id"),
                quote(List.of(line(rice, "12", "kg", null, "5"))), null);

        assertThat(revision.status()).isEqualTo(201);
        assertThat(revision.text("number")).isEqualTo(old.text("number"));
        assertThat(revision.body().path("revision").asInt()).isEqualTo(2);
        assertThat(revision.text("status")).isEqualTo("DRAFT");
        assertThat(revision.text("previousRevisionId")).isEqualTo(id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.raw()).contains(revision.text("id"));
        assertThat(old.text("status")).isEqualTo("REVISED");
        assertThat(old.text("revisedById")).isEqualTo(revision.text("id"));
        assertThat(rep.post("/api/quotes/" + id + "/accept", null).status()).isEqualTo(409);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(admin().get("/api/quotes").body().path("items")).hasSize(2);
    }

    @Test
    void aSentQuoteExpiresByItselfTheDayAfterItsValidity() {
        String id = rep.post("/api/quotes", quote(List.of(line(rice, "10", "kg", null, "0")))).text("id");
        rep.post("/api/quotes/" + id + "/send", null);

        clock.set(java.time.Instant.parse("2026-07-15T16:59:59Z")); // 23:59:59 on 15 July in Hà Nội
        expirySweep.run();
        assertThat(rep.get("/api/quotes/" + id).text("status")).isEqualTo("SENT");

        clock.advance(Duration.ofSeconds(1)); // midnight in Hà Nội
        expirySweep.run();
        Api.Response expired = rep.get("/api/quotes/" + id);
        assertThat(expired.text("status")).isEqualTo("EXPIRED");
        assertThat(rep.post("/api/quotes/" + id + "/accept", null).status()).isEqualTo(409);
    }

    @Test
    void twoSweepsRunningAtOnceExpireEachQuoteOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = rep.post("/api/quotes", quote(List.of(line(rice, "1", "kg", null, "0")))).text("id");
            rep.post("/api/quotes/" + id + "/send", null);
            ids.add(id);
        }
        clock.set(java.time.Instant.parse("2026-08-01T03:00:00Z"));
        var workspaceId = io.saola.crm.platform.tenancy.WorkspaceId.of(workspace);

        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> quoteExpiry.expireDue(workspaceId));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> quoteExpiry.expireDue(workspaceId));

        assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS)
                + second.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(3);
        for (String id : ids) {
            Api.Response expired = rep.get("/api/quotes/" + id);
            assertThat(expired.text("status")).isEqualTo("EXPIRED");
            assertThat(expired.etag()).isEqualTo("\"2\"");
        }
    }

    @Test
    void repsSeeTheirOwnQuotesAndManagersSeeAll() {
        Api other = as("rep-binh", Role.SALES_REP);
        String mine = rep.post("/api/quotes", quote(List.of(line(rice, "1", "kg", null, "0")))).text("id");
        other.post("/api/quotes", quote(List.of(line(rice, "2", "kg", null, "0"))));

        assertThat(other.get("/api/quotes/" + mine).status()).isEqualTo(404);
        assertThat(other.post("/api/quotes/" + mine + "/send", null).status()).isEqualTo(404);
        assertThat(rep.get("/api/quotes").body().path("items").findValuesAsString("ownerId"))
                .containsExactly("rep-an");
        assertThat(rep.get("/api/quotes?scope=all").status()).isEqualTo(403);
        assertThat(rep.get("/api/quotes?scope=everything").status()).isEqualTo(400);
        assertThat(as(Role.SALES_MANAGER).get("/api/quotes?scope=all").body().path("items")).hasSize(2);
        assertThat(as(Role.SALES_MANAGER).get("/api/quotes?scope=mine").body().path("items")).isEmpty();
        assertThat(as(Role.SUPPORT_AGENT).get("/api/quotes").status()).isEqualTo(403);
        Map<String, Object> forSomeoneElse = new HashMap<>(quote(List.of(line(rice, "1", "kg", null, "0"))));
        forSomeoneElse.put("ownerId", "rep-binh");
        assertThat(rep.post("/api/quotes", forSomeoneElse).status()).isEqualTo(403);
    }

    @Test
    void quotesFilterBySortableFields() {
        rep.post("/api/quotes", quote(List.of(line(rice, "1", "kg", null, "0"))));
        String big = rep.post("/api/quotes", quote(List.of(line(coffee, "10", "kg", null, "0")))).text("id");
        rep.post("/api/quotes/" + big + "/send", null);

        Api.Response sent = rep.get("/api/quotes?filter=" + encode("status eq 'SENT' and total gt 1000000"));
        Api.Response byProduct = rep.get("/api/quotes?filter=" + encode("productId eq '" + coffee + "'"));
        Api.Response sorted = rep.get("/api/quotes?sort=-total");

        assertThat(sent.body().path("items").findValuesAsString("id")).containsExactly(big);
        assertThat(byProduct.body().path("items").findValuesAsString("id")).containsExactly(big);
        assertThat(sorted.body().path("items").get(0).path("id").asString()).isEqualTo(big);
    }

    @Test
    void aSavedFilterIsReappliedWithItsScope() {
        Api manager = as("manager-mai", Role.SALES_MANAGER);
        String sent = rep.post("/api/quotes", quote(List.of(line(rice, "1", "kg", null, "0")))).text("id");
        rep.post("/api/quotes/" + sent + "/send", null);
        rep.post("/api/quotes", quote(List.of(line(rice, "2", "kg", null, "0"))));
        manager.post("/api/quotes", quote(List.of(line(rice, "3", "kg", null, "0"))));

        Api.Response saved = manager.post("/api/quotes/saved-filters", Map.of("name", "Báo giá đã gửi",
                "filter", "status eq 'SENT'", "sort", "-createdAt", "options", Map.of("scope", "all")));
        Api.Response mineOnly = manager.post("/api/quotes/saved-filters", Map.of("name", "Của tôi",
                "options", Map.of("scope", "mine")));
        Api.Response invalid = manager.post("/api/quotes/saved-filters", Map.of("name", "Sai",
                "filter", "tenantId eq 'x'"));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(manager.get("/api/quotes?savedFilter=" + saved.text("id")).body().path("items")
                .findValuesAsString("id")).containsExactly(sent);
        assertThat(manager.get("/api/quotes?savedFilter=" + mineOnly.text("id")).body().path("items")
                .findValuesAsString("ownerId")).containsExactly("manager-mai");
        assertThat(manager.get("/api/quotes?scope=all&savedFilter=" + mineOnly.text("id")).body().path("items"))
                .hasSize(3);
        assertThat(invalid.status()).isBetween(400, 422);
        assertThat(rep.get("/api/quotes?savedFilter=" + saved.text("id")).status()).isEqualTo(404);
        assertThat(as(Role.SUPPORT_AGENT).get("/api/quotes/saved-filters").status()).isEqualTo(403);
    }

    @Test
    void aProductUsedByAQuoteIsDeactivatedNotDeleted() {
        rep.post("/api/quotes", quote(List.of(line(rice, "1", "kg", null, "0"))));

        Api.Response delete = admin().delete("/api/products/" + rice);
        Api.Response deactivate = admin().post("/api/products/" + rice + "/deactivation", null);
        Api.Response quoteWithInactive = rep.post("/api/quotes", quote(List.of(line(rice, "1", "kg", null, "0"))));

        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.raw()).contains("deactivate");
        assertThat(deactivate.body().path("active").asBoolean()).isFalse();
        assertThat(quoteWithInactive.status()).isEqualTo(422);
    }

    @Test
    void aProductIsNeverBothDeletedAndUsedWhenBothHappenAtOnce() throws Exception {
        CatalogueApi catalogue = new CatalogueApi(admin());
        String weight = admin().get("/api/products/" + rice).text("unitGroupId");
        for (int round = 0; round < 8; round++) {
            String product = catalogue.product(weight, "RACE-" + round, "Gạo lứa " + round, "30000", 5);
            Map<String, Object> body = Map.of("accountId", "acc-1", "validUntil", "2026-07-15",
                    "lines", List.of(Map.of("productId", product, "quantity", 1)));
            var quoted = java.util.concurrent.CompletableFuture.supplyAsync(() -> rep.post("/api/quotes", body));
            Api.Response deleted = admin().delete("/api/products/" + product);
            Api.Response quote = quoted.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(List.of(deleted.status(), quote.status())).as("round " + round)
                    .isIn(List.of(204, 422), List.of(409, 201));
        }
    }

    @Test
    void theQuotePdfCarriesItsVietnameseTextIntact() throws Exception {
        String id = rep.post("/api/quotes", quote(List.of(line(rice, "10", "kg", null, "0"),
                line(coffee, "2", "kg", null, "5")))).text("id");

        var pdf = rep.getBytes("/api/quotes/" + id + "/pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.body()))
                .getTextFromPage(1);
        assertThat(text).contains("Báo giá BG-2026-000001").contains("Gạo ST25 Sóc Trăng")
                .contains("Cà phê Buôn Ma Thuột").contains("Tổng cộng thanh toán").contains("Hiệu lực đến: 15/07/2026");
        assertThat(as("rep-binh", Role.SALES_REP).getBytes("/api/quotes/" + id + "/pdf").statusCode()).isEqualTo(404);
    }

    private Map<String, Object> quote(List<?> lines) {
        return Map.of("accountId", "acc-hoa-binh", "contactId", "con-lan", "opportunityId", "opp-1",
                "priceBookId", book, "validUntil", "2026-07-15", "lines", lines);
    }

    private static Map<String, Object> line(String product, String quantity, String unit, String price,
                                            String discount) {
        Map<String, Object> line = new HashMap<>(Map.of("productId", product,
                "quantity", new java.math.BigDecimal(quantity), "unit", unit,
                "discountPercent", new java.math.BigDecimal(discount)));
        if (price != null) {
            line.put("unitPrice", Map.of("amount", new java.math.BigDecimal(price)));
        }
        return line;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
