package io.saola.crm.salesdata.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
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
import io.saola.crm.salesdata.fixtures.QuoteApi;
import io.saola.crm.salesdata.fixtures.SalesDataServiceTest;

class OrderAndContractHttpTest extends SalesDataServiceTest {

    @Autowired
    MutableClock clock;
    @Autowired
    ExpirySweep expirySweep;

    private String rice;
    private Api rep;
    private QuoteApi quotes;

    @BeforeEach
    void catalogue() {
        clock.set(START);
        CatalogueApi catalogue = new CatalogueApi(admin());
        rice = catalogue.product(catalogue.weightGroup(), "ST25", "Gạo ST25", "35000", 5);
        rep = as("rep-an", Role.SALES_REP);
        quotes = new QuoteApi(rep);
    }

    @Test
    void anAcceptedQuoteBecomesOneOrderWithItsLinesCopied() {
        Api.Response quote = quotes.accepted(rice, "100", "opp-7");

        Api.Response order = rep.post("/api/orders", Map.of("quoteId", quote.text("id")));
        Api.Response again = rep.post("/api/orders", Map.of("quoteId", quote.text("id")));

        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.text("number")).isEqualTo("DH-2026-000001");
        assertThat(order.text("status")).isEqualTo("DRAFT");
        assertThat(order.text("opportunityId")).isEqualTo("opp-7");
        assertThat(order.body().path("lines")).isEqualTo(quote.body().path("lines"));
        assertThat(order.body().path("totals")).isEqualTo(quote.body().path("totals"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(rep.get("/api/orders").body().path("items")).hasSize(1);
    }

    @Test
    void onlyAnAcceptedQuoteBecomesAnOrder() {
        String draft = quotes.draft(rice, "1", "opp-1").text("id");

        Api.Response refused = rep.post("/api/orders", Map.of("quoteId", draft));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).endsWith("/invalid-state-transition");
        assertThat(rep.get("/api/orders").body().path("items")).isEmpty();
    }

    @Test
    void anOrderEnteredDirectlyIsPricedAndMovesDraftConfirmedFulfilled() {
        Api.Response order = rep.post("/api/orders", Map.of("accountId", "acc-1", "lines",
                List.of(Map.of("productId", rice, "quantity", new BigDecimal("2.5"), "unit", "tấn"))));
        String id = order.text("id");

        Api.Response fulfilDraft = rep.post("/api/orders/" + id + "/fulfil", null);
        Api.Response confirmed = rep.post("/api/orders/" + id + "/confirm", null);
        Api.Response fulfilled = rep.post("/api/orders/" + id + "/fulfil", null);
        Api.Response cancelFulfilled = rep.post("/api/orders/" + id + "/cancel", Map.of("reason", "x"));

        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.body().path("totals").path("net").path("amount").decimalValue())
                .isEqualByComparingTo("87500000");
        assertThat(fulfilDraft.status()).isEqualTo(409);
        assertThat(confirmed.text("status")).isEqualTo("CONFIRMED");
        assertThat(fulfilled.text("status")).isEqualTo("FULFILLED");
        assertThat(cancelFulfilled.status()).isEqualTo(409);
    }

    @Test
    void aDirectOrderWithBadLinesIsRefusedAndTakesNoNumber() {
        Api.Response refused = rep.post("/api/orders", Map.of("accountId", "acc-1", "lines",
                List.of(Map.of("productId", rice, "quantity", 1, "unit", "lít"),
                        Map.of("productId", "ghost", "quantity", 1))));
        Api.Response zero = rep.post("/api/orders", Map.of("accountId", "acc-1", "lines",
                List.of(Map.of("productId", rice, "quantity", 0))));
        Api.Response empty = rep.post("/api/orders", Map.of("accountId", "acc-1", "lines", List.of()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("lines[0].unit", "lines[1].productId");
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.body().path("errors").findValuesAsString("field")).containsExactly("lines[0].quantity");
        assertThat(empty.status()).isEqualTo(422);
        Api.Response next = rep.post("/api/orders", Map.of("accountId", "acc-1", "lines",
                List.of(Map.of("productId", rice, "quantity", 1))));
        assertThat(next.text("number")).isEqualTo("DH-2026-000001");
    }

    @Test
    void aContractFromAConfirmedOrderTakesItsValueAndIsActivatedThenExpiresByItself() {
        String quote = quotes.accepted(rice, "100", "opp-9").text("id");
        String order = rep.post("/api/orders", Map.of("quoteId", quote)).text("id");
        Api.Response fromDraftOrder = rep.post("/api/contracts", contract(Map.of("orderId", order)));
        rep.post("/api/orders/" + order + "/confirm", null);

        Api.Response contract = rep.post("/api/contracts", contract(Map.of("orderId", order)));
        String id = contract.text("id");
        Api.Response active = rep.post("/api/contracts/" + id + "/activate", Map.of("signedDate", "2026-06-14"));

        assertThat(fromDraftOrder.status()).isEqualTo(409);
        assertThat(rep.post("/api/contracts", contract(Map.of("orderId", order))).status()).isEqualTo(409);
        assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
        assertThat(contract.text("number")).isEqualTo("HD-2026-000001");
        assertThat(contract.text("accountId")).isEqualTo("acc-hoa-binh");
        assertThat(contract.text("opportunityId")).isEqualTo("opp-9");
        assertThat(contract.body().path("value").path("amount").decimalValue()).isEqualByComparingTo("3675000");
        assertThat(active.text("status")).isEqualTo("ACTIVE");
        assertThat(active.text("signedDate")).isEqualTo("2026-06-14");

        clock.set(Instant.parse("2027-06-14T17:00:00Z")); // 15 June 2027 in Hà Nội, the day after the end date
        expirySweep.run();
        assertThat(rep.get("/api/contracts/" + id).text("status")).isEqualTo("EXPIRED");
        assertThat(rep.post("/api/contracts/" + id + "/terminate", null).status()).isEqualTo(409);
    }

    @Test
    void aContractFromAnOpportunityNeedsItsAccountAndValue() {
        Api.Response missing = rep.post("/api/contracts", contract(Map.of("opportunityId", "opp-3")));
        Api.Response noSource = rep.post("/api/contracts", contract(Map.of()));
        Api.Response badDates = rep.post("/api/contracts", Map.of("opportunityId", "opp-3", "accountId", "acc-1",
                "value", Api.money("50000000"), "startDate", "2026-07-01", "endDate", "2026-06-01"));
        Api.Response created = rep.post("/api/contracts", contract(Map.of("opportunityId", "opp-3",
                "accountId", "acc-1", "value", Api.money("50000000"))));
        Api.Response terminated = rep.post("/api/contracts/" + created.text("id") + "/terminate", null);

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().path("errors").findValuesAsString("field")).contains("accountId", "value");
        assertThat(noSource.status()).isEqualTo(422);
        assertThat(badDates.status()).isEqualTo(422);
        assertThat(created.status()).isEqualTo(201);
        assertThat(terminated.status()).isEqualTo(409);
        assertThat(rep.post("/api/contracts/" + created.text("id") + "/activate", null).text("status"))
                .isEqualTo("ACTIVE");
        assertThat(rep.post("/api/contracts/" + created.text("id") + "/terminate", Map.of("reason", "vi phạm"))
                .text("status")).isEqualTo("TERMINATED");
    }

    @Test
    void listsOfOrdersAndContractsKeepToTheCallersScope() {
        quotes.accepted(rice, "1", "opp-1");
        Api other = as("rep-binh", Role.SALES_REP);
        other.post("/api/contracts", contract(Map.of("opportunityId", "opp-2", "accountId", "acc-2",
                "value", Api.money("1000"))));
        rep.post("/api/contracts", contract(Map.of("opportunityId", "opp-3", "accountId", "acc-3",
                "value", Api.money("2000"))));

        assertThat(rep.get("/api/contracts").body().path("items").findValuesAsString("ownerId"))
                .containsExactly("rep-an");
        assertThat(as(Role.SALES_MANAGER).get("/api/contracts?filter=" + encode("value gte 1000")
                + "&sort=value").body().path("items").findValuesAsString("ownerId"))
                .containsExactly("rep-binh", "rep-an");
        assertThat(as(Role.SUPPORT_AGENT).get("/api/contracts").body().path("items")).hasSize(2);
        assertThat(as(Role.MARKETER).get("/api/orders").status()).isEqualTo(403);
    }

    private static Map<String, Object> contract(Map<String, Object> source) {
        Map<String, Object> body = new java.util.HashMap<>(source);
        body.put("startDate", "2026-06-15");
        body.put("endDate", "2027-06-14");
        return body;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
