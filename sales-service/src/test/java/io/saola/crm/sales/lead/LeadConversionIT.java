package io.saola.crm.sales.lead;

import static io.saola.crm.sales.support.SalesRecords.companyLead;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.kafka.TopicReader;
import io.saola.crm.sales.api.SalesTopics;
import io.saola.crm.sales.events.CustomerConversionEvents;
import io.saola.crm.sales.support.SalesApiTest;

/**
 * sales-service's side of the lead-conversion saga on a real broker, the customer side played by the test: it
 * reads the requests sales-service publishes and answers with customer-service's events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "saola.sales.conversion.sweep-interval=PT1S")
class LeadConversionIT extends SalesApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.shared().registerProperties(registry);
    }

    @BeforeAll
    static void topics() {
        TestKafka.shared().createTopics(CustomerConversionEvents.TOPIC, SalesTopics.LEAD, SalesTopics.OPPORTUNITY);
    }

    @Test
    void convertsB2bLeadIntoAccountContactAndOpportunity() {
        String productId = "p-" + UUID.randomUUID();
        productOnSale(workspace, productId, "Gói CRM Doanh nghiệp", "24000000");
        String leadId = post(rep, "/api/leads", with(companyLead("Nguyễn Văn An", "Công ty Ánh Dương"),
                "mobile", "0912 000 111", "email", "an@anhduong.vn", "productOfInterestId", productId,
                "address", Map.of("street", "12 Lý Thường Kiệt", "city", "Hà Nội"))).id();
        String path = "/api/leads/" + leadId;
        post(rep, path + "/status", Map.of("status", "WORKING"), "\"0\"");

        Response started = post(rep, path + "/conversion", null);

        assertThat(started.status()).isEqualTo(202);
        JsonNode conversion = started.json();
        String conversionId = conversion.get("id").asString();
        assertThat(conversion.get("state").asString()).isEqualTo("REQUESTED");
        assertThat(conversion.get("attempt").asInt()).isEqualTo(1);
        assertThat(conversion.get("previousStatus").asString()).isEqualTo("WORKING");
        assertThat(started.header("ETag")).isEqualTo("\"2\"");
        assertThat(get(rep, path).json().get("status").asString()).isEqualTo("CONVERTING");
        JsonNode requested = leadEvent(leadId, "LeadConversionRequested.v1", 1).get(0);
        assertThat(requested.get("conversionId").asString()).isEqualTo(conversionId);
        assertThat(requested.get("attempt").asInt()).isEqualTo(1);
        assertThat(requested.get("kind").asString()).isEqualTo("B2B");
        assertThat(requested.get("requestedBy").asString()).isEqualTo("rep-lan");
        assertThat(requested.get("ownerId").asString()).isEqualTo("rep-lan");
        assertThat(requested.get("personName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(requested.get("company").asString()).isEqualTo("Công ty Ánh Dương");
        assertThat(requested.get("mobile").asString()).isEqualTo("+84912000111");
        assertThat(requested.get("address").get("city").asString()).isEqualTo("Hà Nội");
        assertThat(requested.get("existingAccountId").isNull()).isTrue();

        answer(CustomerConversionEvents.accountCreated(workspace, leadId, conversionId, "acc-anh-duong",
                "con-an"));

        JsonNode lead = awaitStatus(path, "CONVERTED");
        JsonNode done = lead.get("conversion");
        assertThat(done.get("state").asString()).isEqualTo("CONVERTED");
        assertThat(done.get("accountId").asString()).isEqualTo("acc-anh-duong");
        assertThat(done.get("contactId").asString()).isEqualTo("con-an");
        String opportunityId = done.get("opportunityId").asString();
        JsonNode opportunity = get(rep, "/api/opportunities/" + opportunityId).json();
        assertThat(opportunity.get("name").asString()).isEqualTo("Gói CRM Doanh nghiệp - 0912000111");
        assertThat(opportunity.get("stage").asString()).isEqualTo("NEEDS_ANALYSIS");
        assertThat(opportunity.get("accountId").asString()).isEqualTo("acc-anh-duong");
        assertThat(opportunity.get("contactId").asString()).isEqualTo("con-an");
        assertThat(opportunity.get("sourceLeadId").asString()).isEqualTo(leadId);
        assertThat(opportunity.get("productId").asString()).isEqualTo(productId);
        assertThat(opportunity.get("ownerId").asString()).isEqualTo("rep-lan");
        assertThat(opportunity.get("amount").get("amount").decimalValue()).isEqualByComparingTo("24000000");
        JsonNode converted = leadEvent(leadId, "LeadConverted.v1", 1).get(0);
        assertThat(converted.get("conversionId").asString()).isEqualTo(conversionId);
        assertThat(converted.get("opportunityId").asString()).isEqualTo(opportunityId);
        assertThat(converted.get("accountId").asString()).isEqualTo("acc-anh-duong");
        assertThat(converted.get("contactId").asString()).isEqualTo("con-an");
        assertThat(converted.get("convertedBy").asString()).isEqualTo("rep-lan");
        assertThat(get(rep, path + "/conversion").json().get("opportunityId").asString()).isEqualTo(opportunityId);
    }

    @Test
    void convertsB2cLeadIntoAccountAndOpportunityWithTheChosenTerms() {
        String leadId = post(rep, "/api/leads", with(personLead("Lý Thị Mai"), "mobile", "0987 654 321")).id();
        String path = "/api/leads/" + leadId;

        Response started = post(rep, path + "/conversion", Map.of("opportunityName", "Bảo hiểm gia đình",
                "amount", Map.of("amount", "5000000", "currency", "VND"), "expectedCloseDate", "2026-12-31"));

        assertThat(started.status()).isEqualTo(202);
        String conversionId = started.json().get("id").asString();
        assertThat(started.json().get("previousStatus").asString()).isEqualTo("NEW");
        JsonNode requested = leadEvent(leadId, "LeadConversionRequested.v1", 1).get(0);
        assertThat(requested.get("kind").asString()).isEqualTo("B2C");
        assertThat(requested.get("company").isNull()).isTrue();
        assertThat(requested.get("address").isNull()).isTrue();
        answer(CustomerConversionEvents.accountCreated(workspace, leadId, conversionId, "acc-mai", null));

        JsonNode done = awaitStatus(path, "CONVERTED").get("conversion");
        assertThat(done.get("contactId").isNull()).isTrue();
        JsonNode opportunity = get(rep, "/api/opportunities/" + done.get("opportunityId").asString()).json();
        assertThat(opportunity.get("name").asString()).isEqualTo("Bảo hiểm gia đình");
        assertThat(opportunity.get("accountId").asString()).isEqualTo("acc-mai");
        assertThat(opportunity.get("contactId").isNull()).isTrue();
        assertThat(opportunity.get("amount").get("amount").decimalValue()).isEqualByComparingTo("5000000");
        assertThat(opportunity.get("expectedCloseDate").asString()).isEqualTo("2026-12-31");
        JsonNode list = get(manager, "/api/opportunities?filter="
                + URLEncoder.encode("sourceLeadId eq '" + leadId + "'", StandardCharsets.UTF_8)).json();
        assertThat(list.get("items")).hasSize(1);
    }

    @Test
    void aConvertedLeadIsReadOnlyAndCannotBeConvertedAgain() {
        String leadId = post(rep, "/api/leads", with(personLead("Trần Văn Bình"), "mobile", "0903 111 222")).id();
        String path = "/api/leads/" + leadId;
        String conversionId = post(rep, path + "/conversion", null).json().get("id").asString();
        answer(CustomerConversionEvents.accountCreated(workspace, leadId, conversionId, "acc-binh", null));
        long version = awaitStatus(path, "CONVERTED").get("version").asLong();
        String etag = "\"" + version + "\"";

        Response edit = put(rep, path, with(personLead("Trần Văn Bình"), "mobile", "0903 111 333"), etag);
        Response move = post(rep, path + "/status", Map.of("status", "WORKING"), etag);
        Response delete = delete(manager, path);
        Response again = post(rep, path + "/conversion", null);

        for (Response refused : List.of(edit, move, delete, again)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(again.json().get("currentState").asString()).isEqualTo("CONVERTED");
        assertThat(get(rep, path).json().get("version").asLong()).isEqualTo(version);
    }

    private JsonNode awaitStatus(String path, String status) {
        await().atMost(WAIT).until(() -> status.equals(get(rep, path).json().get("status").asString()));
        return get(rep, path).json();
    }

    private static void answer(DomainEvent event) {
        TestKafka.shared().send(CustomerConversionEvents.record(event));
    }

    /** At least {@code count} events of {@code type} of the lead, as published, in order. */
    private static List<JsonNode> leadEvent(String leadId, String type, int count) {
        try (TopicReader topic = TestKafka.shared().read(SalesTopics.LEAD)) {
            return topic.awaitAtLeast(count, record -> leadId.equals(record.key()) && type.equals(typeOf(record)))
                    .stream().map(record -> JSON.readTree(record.value())).toList();
        }
    }

    private static String typeOf(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
