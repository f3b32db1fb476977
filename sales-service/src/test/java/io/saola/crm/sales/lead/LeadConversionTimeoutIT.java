package io.saola.crm.sales.lead;

import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.kafka.TopicReader;
import io.saola.crm.sales.api.LeadConverted;
import io.saola.crm.sales.api.SalesTopics;
import io.saola.crm.sales.events.CustomerConversionEvents;
import io.saola.crm.sales.lead.domain.Lead;
import io.saola.crm.sales.lead.domain.Leads;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.support.SalesApiTest;

/**
 * A conversion customer-service never answers, with short timeouts: asked again (attempt 2, same conversion),
 * then given up: the lead back where it was, the failure on the broker, and a late answer only repeats it. An
 * answer whose handling keeps failing after the opportunity was opened (a spy on the lead store) ends the same
 * way, with that opportunity withdrawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "saola.sales.conversion.retry-after=1s", "saola.sales.conversion.give-up-after=PT6S",
        "saola.sales.conversion.sweep-interval=PT0.2S"})
class LeadConversionTimeoutIT extends SalesApiTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String PENDING = "sales_pending_conversions";

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Autowired
    private MongoTemplate mongo;

    @MockitoSpyBean
    private Leads leads;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.shared().registerProperties(registry);
    }

    @BeforeAll
    static void topics() {
        TestKafka.shared().createTopics(CustomerConversionEvents.TOPIC, SalesTopics.LEAD, SalesTopics.OPPORTUNITY);
    }

    @Test
    void anUnansweredConversionIsAskedAgainThenGivenUpAndTheLeadReturnsToItsStatus() {
        String leadId = post(rep, "/api/leads", with(personLead("Ông Văn Thịnh"), "mobile", "0918 777 888")).id();
        String path = "/api/leads/" + leadId;
        post(rep, path + "/status", Map.of("status", "WORKING"), "\"0\"");
        String conversionId = post(rep, path + "/conversion", null).json().get("id").asString();

        List<JsonNode> requests = leadEvents(leadId, "LeadConversionRequested.v1", 2);
        assertThat(requests.get(0).get("attempt").asInt()).isEqualTo(1);
        assertThat(requests.get(1).get("attempt").asInt()).isEqualTo(2);
        assertThat(requests).allSatisfy(request -> assertThat(request.get("conversionId").asString())
                .isEqualTo(conversionId));
        await().atMost(WAIT).until(() -> "WORKING".equals(get(rep, path).json().get("status").asString()));

        JsonNode conversion = get(rep, path).json().get("conversion");
        assertThat(conversion.get("state").asString()).isEqualTo("FAILED");
        assertThat(conversion.get("failureReason").asString()).isEqualTo("TIMEOUT");
        assertThat(conversion.get("attempt").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode failed = leadEvents(leadId, "LeadConversionFailed.v1", 1).get(0);
        assertThat(failed.get("conversionId").asString()).isEqualTo(conversionId);
        assertThat(failed.get("reason").asString()).isEqualTo("TIMEOUT");
        assertThat(failed.get("restoredStatus").asString()).isEqualTo("WORKING");
        await().atMost(WAIT).until(() -> pendingOf(leadId) == 0);

        TestKafka.shared().send(CustomerConversionEvents.record(CustomerConversionEvents.accountCreated(workspace,
                leadId, conversionId, "acc-thinh", null)));

        List<JsonNode> failures = leadEvents(leadId, "LeadConversionFailed.v1", 2);
        assertThat(failures.get(1).get("conversionId").asString()).isEqualTo(conversionId);
        assertThat(failures.get(1).get("reason").asString()).isEqualTo("TIMEOUT");
        assertThat(get(rep, path).json().get("status").asString()).isEqualTo("WORKING");
        assertThat(opportunitiesOf(leadId, false) + opportunitiesOf(leadId, true)).isZero();
    }

    @Test
    void anOpportunityOpenedWhileTheConversionTimedOutIsWithdrawnAndTheFailureRepeated() {
        String leadId = post(rep, "/api/leads", with(personLead("Lục Văn Khải"), "mobile", "0919 888 999")).id();
        String path = "/api/leads/" + leadId;
        doThrow(new DataAccessResourceFailureException("Kho dữ liệu mất kết nối")).when(leads)
                .store(argThat((Changed<Lead> change) -> change != null && leadId.equals(change.state().id())
                        && change.events().stream().anyMatch(LeadConverted.class::isInstance)));
        String conversionId = post(rep, path + "/conversion", null).json().get("id").asString();

        TestKafka.shared().send(CustomerConversionEvents.record(CustomerConversionEvents.accountCreated(workspace,
                leadId, conversionId, "acc-khai", null)));
        await().atMost(WAIT).until(() -> opportunitiesOf(leadId, true) + opportunitiesOf(leadId, false) == 1);
        await().atMost(WAIT).until(() -> "NEW".equals(get(rep, path).json().get("status").asString()));

        assertThat(get(rep, path).json().get("conversion").get("failureReason").asString()).isEqualTo("TIMEOUT");
        await().atMost(WAIT).until(() -> opportunitiesOf(leadId, false) == 0);
        assertThat(opportunitiesOf(leadId, true)).isEqualTo(1);
        assertThat(leadEvents(leadId, "LeadConversionFailed.v1", 1).get(0).get("reason").asString())
                .isEqualTo("TIMEOUT");
        TestKafka.shared().send(CustomerConversionEvents.record(CustomerConversionEvents.accountCreated(workspace,
                leadId, conversionId, "acc-khai", null)));
        assertThat(leadEvents(leadId, "LeadConversionFailed.v1", 2)).hasSize(2);
        assertThat(opportunitiesOf(leadId, false)).isZero();
        assertThat(get(rep, path).json().get("status").asString()).isEqualTo("NEW");
    }

    @Test
    void aPendingEntryWhoseLeadIsNotConvertingIsRemovedAndChangesNothing() {
        String leadId = post(rep, "/api/leads", personLead("Ninh Thị Vân")).id();
        mongo.getCollection(PENDING).insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("tenantId", workspace).append("leadId", leadId)
                .append("dueAt", Date.from(Instant.now().minusSeconds(60))));

        await().atMost(WAIT).until(() -> pendingOf(leadId) == 0);

        JsonNode lead = get(rep, "/api/leads/" + leadId).json();
        assertThat(lead.get("status").asString()).isEqualTo("NEW");
        assertThat(lead.get("version").asLong()).isZero();
    }

    private long opportunitiesOf(String leadId, boolean deleted) {
        return get(manager, "/api/opportunities?deleted=" + deleted + "&filter=" + URLEncoder.encode(
                "sourceLeadId eq '" + leadId + "'", StandardCharsets.UTF_8)).json().get("items").size();
    }

    private long pendingOf(String leadId) {
        return mongo.getCollection(PENDING).countDocuments(new Document("leadId", leadId));
    }

    private static List<JsonNode> leadEvents(String leadId, String type, int count) {
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
