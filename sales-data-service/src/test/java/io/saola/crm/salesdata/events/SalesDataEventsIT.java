package io.saola.crm.salesdata.events;

import static io.saola.crm.salesdata.fixtures.CatalogueApi.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.saola.crm.platform.events.CloudEventHeaders;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.kafka.TopicReader;
import io.saola.crm.salesdata.api.SalesDataTopics;
import io.saola.crm.salesdata.expiry.ExpirySweep;
import io.saola.crm.salesdata.fixtures.Api;
import io.saola.crm.salesdata.fixtures.CatalogueApi;
import io.saola.crm.salesdata.fixtures.MutableClock;
import io.saola.crm.salesdata.fixtures.SalesDataServiceTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sales flow end to end on a real Kafka broker: product, price book, quote sent and accepted, order confirmed
 * and fulfilled, contract activated and expired by the sweep, plus the refusals (rejected, cancelled,
 * terminated, deactivated). Every event arrives once per change, keyed by its aggregate, with CloudEvents
 * headers and the payload other services rely on.
 */
class SalesDataEventsIT extends SalesDataServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MutableClock clock;
    @Autowired
    ExpirySweep expirySweep;

    @Test
    void theWholeSalesFlowPublishesItsEvents() {
        clock.set(START);
        Api admin = admin();
        Api rep = as("rep-an", Role.SALES_REP, "team-hn");
        CatalogueApi catalogue = new CatalogueApi(admin);
        String weight = catalogue.weightGroup();
        String rice = catalogue.product(weight, "ST25", "Gạo ST25 Sóc Trăng", "35000", 5);
        admin.put("/api/products/" + rice, Map.of("code", "ST25", "name", "Gạo ST25 thượng hạng", "unitGroupId",
                weight, "unit", "kg", "listPrice", Api.money("36000"), "vatRate", 5), null);
        String book = catalogue.priceBook("Đại lý 2026", "2026-01-01", "2026-12-31", List.of(entry(rice, "kg", "32000")));

        Map<String, Object> quoteBody = Map.of("accountId", "acc-hoa-binh", "opportunityId", "opp-42", "priceBookId",
                book, "validUntil", "2026-07-15", "lines", List.of(Map.of("productId", rice, "quantity", 100)));
        String quote = rep.post("/api/quotes", quoteBody).text("id");
        rep.post("/api/quotes/" + quote + "/send", null);
        rep.post("/api/quotes/" + quote + "/accept", null);
        String rejectedQuote = rep.post("/api/quotes", quoteBody).text("id");
        rep.post("/api/quotes/" + rejectedQuote + "/send", null);
        rep.post("/api/quotes/" + rejectedQuote + "/reject", Map.of("reason", "giá cao"));

        String order = rep.post("/api/orders", Map.of("quoteId", quote)).text("id");
        rep.post("/api/orders/" + order + "/confirm", null);
        rep.post("/api/orders/" + order + "/fulfil", null);
        String cancelled = rep.post("/api/orders", Map.of("accountId", "acc-1",
                "lines", List.of(Map.of("productId", rice, "quantity", 1)))).text("id");
        rep.post("/api/orders/" + cancelled + "/cancel", Map.of("reason", "khách đổi ý"));

        String contract = rep.post("/api/contracts", Map.of("orderId", order, "startDate", "2026-06-15",
                "endDate", "2026-12-31")).text("id");
        Api.Response activated = rep.post("/api/contracts/" + contract + "/activate", null);
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        String terminated = rep.post("/api/contracts", Map.of("opportunityId", "opp-43", "accountId", "acc-2",
                "value", Api.money("1000000"), "startDate", "2026-06-15", "endDate", "2027-06-14")).text("id");
        rep.post("/api/contracts/" + terminated + "/activate", null);
        rep.post("/api/contracts/" + terminated + "/terminate", Map.of("reason", "vi phạm"));
        admin.post("/api/products/" + rice + "/deactivation", null);
        clock.set(Instant.parse("2027-01-01T00:00:00Z"));
        expirySweep.run();

        List<JsonNode> product = events(SalesDataTopics.PRODUCT, rice, 3);
        assertThat(types(product)).containsExactly("ProductCreated.v1", "ProductChanged.v1", "ProductDeactivated.v1");
        assertThat(product.get(1).path("name").asString()).isEqualTo("Gạo ST25 thượng hạng");
        assertThat(product.get(1).path("listPrice").path("amount").decimalValue()).isEqualByComparingTo("36000");
        assertThat(product.get(1).path("listPrice").path("currency").asString()).isEqualTo("VND");
        assertThat(product.get(2).path("active").asBoolean()).isFalse();
        assertThat(product).extracting(event -> event.path("aggregateVersion").asLong()).containsExactly(0L, 1L, 5L); // each document that used it bumped the version (2 quotes, 1 direct order)

        assertThat(types(events(SalesDataTopics.PRICE_BOOK, book, 1))).containsExactly("PriceBookChanged.v1");

        List<JsonNode> accepted = events(SalesDataTopics.QUOTE, quote, 2);
        assertThat(types(accepted)).containsExactly("QuoteSent.v1", "QuoteAccepted.v1");
        assertThat(accepted.get(1).path("number").asString()).isEqualTo("BG-2026-000001");
        assertThat(accepted.get(1).path("opportunityId").asString()).isEqualTo("opp-42");
        assertThat(accepted.get(1).path("teamId").asString()).isEqualTo("team-hn");
        assertThat(accepted.get(1).path("total").path("amount").decimalValue()).isEqualByComparingTo("3360000");
        List<JsonNode> rejected = events(SalesDataTopics.QUOTE, rejectedQuote, 2);
        assertThat(types(rejected)).containsExactly("QuoteSent.v1", "QuoteRejected.v1");
        assertThat(rejected.get(1).path("reason").asString()).isEqualTo("giá cao");

        assertThat(types(events(SalesDataTopics.ORDER, order, 2))).containsExactly("OrderConfirmed.v1",
                "OrderFulfilled.v1");
        assertThat(types(events(SalesDataTopics.ORDER, cancelled, 1))).containsExactly("OrderCancelled.v1");

        List<JsonNode> won = events(SalesDataTopics.CONTRACT, contract, 2);
        assertThat(types(won)).containsExactly("ContractActivated.v1", "ContractExpired.v1");
        JsonNode activation = won.get(0);
        assertThat(activation.path("value").path("amount").decimalValue()).isEqualByComparingTo("3360000");
        assertThat(activation.path("accountId").asString()).isEqualTo("acc-hoa-binh");
        assertThat(activation.path("opportunityId").asString()).isEqualTo("opp-42");
        assertThat(activation.path("orderId").asString()).isEqualTo(order);
        assertThat(activation.path("startDate").asString()).isEqualTo("2026-06-15");
        assertThat(activation.path("endDate").asString()).isEqualTo("2026-12-31");
        assertThat(activation.path("signedDate").asString()).isEqualTo("2026-06-15");
        assertThat(types(events(SalesDataTopics.CONTRACT, terminated, 2))).containsExactly("ContractActivated.v1",
                "ContractTerminated.v1");
    }

    @Test
    void eventsCarryCloudEventsHeadersOfTheirWorkspace() {
        CatalogueApi catalogue = new CatalogueApi(admin());
        String rice = catalogue.product(catalogue.weightGroup(), "ST25", "Gạo ST25", "35000", 5);

        try (TopicReader reader = TestKafka.shared().read(SalesDataTopics.PRODUCT)) {
            ConsumerRecord<String, String> record = reader.awaitAtLeast(1, r -> rice.equals(r.key())).get(0);
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("ProductCreated.v1");
            assertThat(header(record, "ce_source")).isEqualTo("sales-data-service");
            assertThat(header(record, "ce_subject")).isEqualTo(rice);
            assertThat(header(record, "ce_tenantid")).isEqualTo(workspace);
            assertThat(read(record).path("workspace").asString()).isEqualTo(workspace);
            assertThat(read(record).path("eventId").asString()).isEqualTo(header(record, CloudEventHeaders.ID));
        }
    }

    private List<JsonNode> events(String topic, String aggregateId, int expected) {
        try (TopicReader reader = TestKafka.shared().read(topic)) {
            reader.awaitAtLeast(expected, record -> aggregateId.equals(record.key()));
            return reader.readSoFar(record -> aggregateId.equals(record.key())).stream().map(SalesDataEventsIT::read)
                    .toList();
        }
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(event -> event.path("type").asString()).toList();
    }

    /** The payload, with the record's {@code ce_type} added as {@code type} to assert on order. */
    private static JsonNode read(ConsumerRecord<String, String> record) {
        var node = (tools.jackson.databind.node.ObjectNode) JSON.readTree(record.value());
        node.put("type", header(record, CloudEventHeaders.TYPE));
        return node;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return CloudEventHeaders.read(record.headers(), name);
    }
}
