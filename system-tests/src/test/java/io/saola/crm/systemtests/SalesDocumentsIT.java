package io.saola.crm.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.saola.crm.deploy.Platform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Through the gateway, as the demo admin with a real Keycloak token: a unit group, a product, a price book, a
 * quote priced from the book, accepted, turned into an order that is confirmed, and a contract that is activated;
 * every step's event is on the real broker with the workspace in its CloudEvents headers.
 */
class SalesDocumentsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Platform platform;
    private static int port;
    private static String token;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = RunningPlatform.get();
        port = URI.create(platform.gatewayUrl()).getPort();
        token = KeycloakLogin.accessToken(platform.issuerUri(), "demo", "admin@demo.local", "demo1234");
    }

    @Test
    void fromProductToActiveContract() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        String unitGroup = create("/api/unit-groups", """
                {"name": "Khối lượng %s", "baseUnit": "kg",
                 "units": [{"code": "kg", "name": "Kilôgam", "factor": 1}, {"code": "tan", "name": "Tấn", "factor": 1000}]}
                """.formatted(run)).get("id").asString();
        String product = create("/api/products", """
                {"code": "ST25-%s", "name": "Gạo ST25 Sóc Trăng", "unitGroupId": "%s", "unit": "kg",
                 "listPrice": {"amount": 35000, "currency": "VND"}, "vatRate": 5}
                """.formatted(run, unitGroup)).get("id").asString();
        String priceBook = create("/api/price-books", """
                {"name": "Đại lý %s", "kind": "NAMED", "currency": "VND", "validFrom": "%s", "validTo": "%s",
                 "active": true,
                 "entries": [{"productId": "%s", "unit": "kg", "price": {"amount": 32000, "currency": "VND"}}]}
                """.formatted(run, today.minusDays(1), today.plusDays(30), product)).get("id").asString();

        JsonNode quote = create("/api/quotes", """
                {"accountId": "account-%s", "priceBookId": "%s", "currency": "VND", "validUntil": "%s",
                 "lines": [{"productId": "%s", "quantity": 100, "unit": "kg", "discountPercent": 5}]}
                """.formatted(run, priceBook, today.plusDays(14), product));
        String quoteId = quote.get("id").asString();
        assertThat(quote.get("number").asString()).matches("BG-\\d{4}-\\d{6}");
        // 100 kg × 32,000 = 3,200,000; −5 % = 3,040,000; VAT 5 % = 152,000; total 3,192,000
        assertThat(quote.toString()).contains("3192000");

        assertThat(post("/api/quotes/" + quoteId + "/send", "{}").statusCode()).isEqualTo(200);
        assertThat(post("/api/quotes/" + quoteId + "/accept", "{}").statusCode()).isEqualTo(200);
        String order = create("/api/orders", "{\"quoteId\": \"" + quoteId + "\"}").get("id").asString();
        assertThat(post("/api/orders", "{\"quoteId\": \"" + quoteId + "\"}").statusCode()).isEqualTo(409);
        assertThat(post("/api/orders/" + order + "/confirm", "{}").statusCode()).isEqualTo(200);
        String contract = create("/api/contracts", """
                {"orderId": "%s", "startDate": "%s", "endDate": "%s"}
                """.formatted(order, today, today.plusYears(1))).get("id").asString();
        HttpResponse<String> activated = post("/api/contracts/" + contract + "/activate",
                "{\"signedDate\": \"" + today + "\"}");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        assertThat(post("/api/quotes/" + quoteId + "/reject", "{\"reason\": \"late\"}").statusCode()).isEqualTo(409);

        Map<String, String> expected = Map.of(
                product, "ProductCreated.v1",
                priceBook, "PriceBookChanged.v1",
                quoteId, "QuoteAccepted.v1",
                order, "OrderConfirmed.v1",
                contract, "ContractActivated.v1");
        List<String> seen = awaitEvents(List.of("crm.salesdata.product.v1", "crm.salesdata.price-book.v1",
                "crm.salesdata.quote.v1", "crm.salesdata.order.v1", "crm.salesdata.contract.v1"), expected);
        assertThat(seen).contains("QuoteSent.v1 " + quoteId);
        expected.forEach((id, type) -> assertThat(seen).contains(type + " " + id));
    }

    /** "type aggregateId" of every demo-workspace event on the topics, polled until all expected are there. */
    private static List<String> awaitEvents(List<String> topics, Map<String, String> expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "system-tests-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(topics);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline
                    && !expected.entrySet().stream().allMatch(e -> seen.contains(e.getValue() + " " + e.getKey()))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if ("demo".equals(header(record, "ce_tenantid"))) {
                        seen.add(header(record, "ce_type") + " " + header(record, "ce_subject"));
                    }
                }
            }
        }
        return seen;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode create(String path, String body) throws Exception {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", "demo.localhost:" + port)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
