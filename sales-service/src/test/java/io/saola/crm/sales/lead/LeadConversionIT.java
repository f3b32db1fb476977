package io.saola.crm.sales.lead;

import static io.saola.crm.sales.support.SalesRecords.companyLead;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.kafka.TopicReader;
import io.saola.crm.sales.api.LeadConverted;
import io.saola.crm.sales.api.SalesTopics;
import io.saola.crm.sales.events.CustomerConversionEvents;
import io.saola.crm.sales.lead.domain.Lead;
import io.saola.crm.sales.lead.domain.Leads;
import io.saola.crm.sales.opportunity.domain.Opportunities;
import io.saola.crm.sales.opportunity.domain.Opportunity;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.support.SalesApiTest;

/**
 * sales-service's side of the lead-conversion saga on a real broker, the customer side played by the test: it
 * reads the requests sales-service publishes and answers with customer-service's events, also twice, out of
 * order and from another workspace. Failures of sales-service's own steps are injected through spies on the
 * stores (real behaviour unless a test arms them for its own lead).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "saola.sales.conversion.sweep-interval=PT1S")
class LeadConversionIT extends SalesApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Autowired
    private MongoTemplate mongo;

    @MockitoSpyBean
    private Opportunities opportunities;

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
        assertThat(opportunitiesOf(leadId)).isEqualTo(1);
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
        assertThat(again.json().get("conversionId").asString()).isEqualTo(conversionId);
        assertThat(get(rep, path).json().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void anOpportunityThatCannotBeOpenedFailsTheConversionAndReturnsTheLead() {
        String leadId = post(rep, "/api/leads", with(companyLead("Hoàng Văn Nam", "Công ty Nam Việt"),
                "mobile", "0913 222 333")).id();
        String path = "/api/leads/" + leadId;
        post(rep, path + "/status", Map.of("status", "WORKING"), "\"0\"");
        post(rep, path + "/status", Map.of("status", "QUALIFIED"), "\"1\"");
        doThrow(new IllegalStateException("Kho cơ hội từ chối")).when(opportunities)
                .store(argThat((Changed<Opportunity> change) -> change != null
                        && leadId.equals(change.state().details().sourceLeadId())));
        String conversionId = post(rep, path + "/conversion", null).json().get("id").asString();

        answer(CustomerConversionEvents.accountCreated(workspace, leadId, conversionId, "acc-nam-viet", "con-nam"));

        JsonNode lead = awaitStatus(path, "QUALIFIED");
        assertThat(lead.get("conversion").get("state").asString()).isEqualTo("FAILED");
        assertThat(lead.get("conversion").get("failureReason").asString()).isEqualTo("OPPORTUNITY_FAILED");
        assertThat(lead.get("conversion").get("failureMessage").asString()).contains("Kho cơ hội từ chối");
        assertThat(lead.get("statusReason").asString()).contains("OPPORTUNITY_FAILED");
        JsonNode failed = leadEvent(leadId, "LeadConversionFailed.v1", 1).get(0);
        assertThat(failed.get("conversionId").asString()).isEqualTo(conversionId);
        assertThat(failed.get("reason").asString()).isEqualTo("OPPORTUNITY_FAILED");
        assertThat(failed.get("restoredStatus").asString()).isEqualTo("QUALIFIED");
        assertThat(opportunitiesOf(leadId)).isZero();
        assertThat(put(rep, path, with(companyLead("Hoàng Văn Nam", "Công ty CP Nam Việt"), "mobile",
                "0913 222 333"), "\"" + lead.get("version").asLong() + "\"").status()).isEqualTo(200);
    }

    @Test
    void aCrashBetweenOpeningTheOpportunityAndConvertingTheLeadNeverOpensASecondOne() {
        String leadId = post(rep, "/api/leads", with(personLead("Châu Thị Ngọc"), "mobile", "0914 333 444")).id();
        String path = "/api/leads/" + leadId;
        ArgumentMatcher<Changed<Lead>> converting = change -> change != null && leadId.equals(change.state().id())
                && change.events().stream().anyMatch(LeadConverted.class::isInstance);
        doThrow(new DataAccessResourceFailureException("Kho dữ liệu mất kết nối")).doCallRealMethod().when(leads)
                .store(argThat(converting));
        String conversionId = post(rep, path + "/conversion", null).json().get("id").asString();
        DomainEvent created = CustomerConversionEvents.accountCreated(workspace, leadId, conversionId, "acc-ngoc",
                null);

        answer(created);
        JsonNode converted = awaitStatus(path, "CONVERTED");
        DomainEvent redelivered = CustomerConversionEvents.accountCreated(workspace, leadId, conversionId,
                "acc-ngoc", null);
        answer(created);
        answer(redelivered);
        awaitConsumed(redelivered);

        verify(leads, times(2)).store(argThat(converting));
        String opportunityId = converted.get("conversion").get("opportunityId").asString();
        assertThat(opportunitiesOf(leadId)).isEqualTo(1);
        assertThat(get(rep, "/api/opportunities/" + opportunityId).json().get("sourceLeadId").asString())
                .isEqualTo(leadId);
        try (TopicReader topic = TestKafka.shared().read(SalesTopics.OPPORTUNITY)) {
            assertThat(topic.awaitAtLeast(1, record -> opportunityId.equals(record.key()))).hasSize(1);
        }
        assertThat(leadEvent(leadId, "LeadConverted.v1", 1)).hasSize(1);
        assertThat(get(rep, path).json().get("version").asLong()).isEqualTo(converted.get("version").asLong());
    }

    @Test
    void aRejectionReturnsTheLeadAndLateOrRepeatedAnswersOnlyRepeatTheFailure() {
        String leadId = post(rep, "/api/leads", with(companyLead("Lâm Văn Đức", "Công ty Đức Thành"),
                "mobile", "0915 444 555")).id();
        String path = "/api/leads/" + leadId;
        String conversionId = post(rep, path + "/conversion", Map.of("existingAccountId", "acc-khong-co"))
                .json().get("id").asString();
        assertThat(leadEvent(leadId, "LeadConversionRequested.v1", 1).get(0).get("existingAccountId").asString())
                .isEqualTo("acc-khong-co");
        DomainEvent rejected = CustomerConversionEvents.rejected(workspace, leadId, conversionId,
                "ACCOUNT_NOT_FOUND", "Không tìm thấy khách hàng acc-khong-co");

        answer(rejected);
        JsonNode lead = awaitStatus(path, "NEW");
        answer(rejected);
        answer(CustomerConversionEvents.rejected(workspace, leadId, conversionId, "ACCOUNT_NOT_FOUND", "lần hai"));
        answer(CustomerConversionEvents.compensated(workspace, leadId, conversionId));
        answer(CustomerConversionEvents.accountCreated(workspace, leadId, conversionId, "acc-muon", null));

        JsonNode conversion = lead.get("conversion");
        assertThat(conversion.get("state").asString()).isEqualTo("FAILED");
        assertThat(conversion.get("failureReason").asString()).isEqualTo("REJECTED");
        assertThat(conversion.get("failureMessage").asString()).contains("ACCOUNT_NOT_FOUND")
                .contains("Không tìm thấy khách hàng acc-khong-co");
        List<JsonNode> failures = leadEvent(leadId, "LeadConversionFailed.v1", 2);
        assertThat(failures).hasSize(2);
        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure.get("conversionId").asString()).isEqualTo(conversionId);
            assertThat(failure.get("reason").asString()).isEqualTo("REJECTED");
            assertThat(failure.get("restoredStatus").asString()).isEqualTo("NEW");
        });
        JsonNode after = get(rep, path).json();
        assertThat(after.get("status").asString()).isEqualTo("NEW");
        assertThat(after.get("conversion").get("failureMessage").asString()).doesNotContain("lần hai");
        assertThat(opportunitiesOf(leadId)).isZero();
        Response again = post(rep, path + "/conversion", null);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("id").asString()).isNotEqualTo(conversionId);
    }

    @Test
    void answersDeliveredTwiceOrOutOfOrderConvertOnceAndARejectionAfterwardsChangesNothing() {
        String leadId = post(rep, "/api/leads", with(personLead("Kiều Văn Sơn"), "mobile", "0916 555 666")).id();
        String path = "/api/leads/" + leadId;
        String conversionId = post(rep, path + "/conversion", null).json().get("id").asString();
        DomainEvent created = CustomerConversionEvents.accountCreated(workspace, leadId, conversionId, "acc-son",
                null);

        answer(CustomerConversionEvents.compensated(workspace, leadId, conversionId));
        answer(created);
        answer(created);
        answer(CustomerConversionEvents.accountCreated(workspace, leadId, conversionId, "acc-son", null));
        DomainEvent lateRejection = CustomerConversionEvents.rejected(workspace, leadId, conversionId,
                "INVALID_LEAD_DATA", "muộn");
        answer(lateRejection);
        awaitConsumed(lateRejection);

        JsonNode lead = get(rep, path).json();
        assertThat(lead.get("status").asString()).isEqualTo("CONVERTED");
        assertThat(lead.get("conversion").get("accountId").asString()).isEqualTo("acc-son");
        assertThat(opportunitiesOf(leadId)).isEqualTo(1);
        assertThat(leadEvent(leadId, "LeadConverted.v1", 1)).hasSize(1);
        try (TopicReader topic = TestKafka.shared().read(SalesTopics.LEAD)) {
            topic.awaitAtLeast(1, record -> leadId.equals(record.key())
                    && "LeadConverted.v1".equals(typeOf(record)));
            assertThat(topic.readSoFar(record -> leadId.equals(record.key())
                    && "LeadConversionFailed.v1".equals(typeOf(record)))).isEmpty();
        }
    }

    @Test
    void anAnswerFromAnotherWorkspaceNeverTouchesThisWorkspacesLead() {
        String otherWorkspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        String leadId = post(rep, "/api/leads", with(personLead("Quách Thị Tuyết"), "mobile", "0917 666 777"))
                .id();
        String path = "/api/leads/" + leadId;
        String conversionId = post(rep, path + "/conversion", null).json().get("id").asString();
        DomainEvent foreign = CustomerConversionEvents.accountCreated(otherWorkspace, leadId, conversionId,
                "acc-la", null);
        DomainEvent foreignRejection = CustomerConversionEvents.rejected(otherWorkspace, leadId, conversionId,
                "ACCOUNT_NOT_FOUND", "lạ");

        answer(foreign);
        answer(foreignRejection);
        awaitConsumed(otherWorkspace, foreignRejection);
        assertThat(get(rep, path).json().get("status").asString()).isEqualTo("CONVERTING");
        answer(CustomerConversionEvents.accountCreated(workspace, leadId, conversionId, "acc-tuyet", null));

        JsonNode lead = awaitStatus(path, "CONVERTED");
        assertThat(lead.get("conversion").get("accountId").asString()).isEqualTo("acc-tuyet");
        assertThat(opportunitiesOf(leadId)).isEqualTo(1);
    }

    private long opportunitiesOf(String leadId) {
        return get(manager, "/api/opportunities?filter=" + URLEncoder.encode("sourceLeadId eq '" + leadId + "'",
                StandardCharsets.UTF_8)).json().get("items").size();
    }

    /** Waits until this service's consumer recorded {@code event} as processed in its workspace. */
    private void awaitConsumed(DomainEvent event) {
        awaitConsumed(workspace, event);
    }

    private void awaitConsumed(String inWorkspace, DomainEvent event) {
        await().atMost(WAIT).until(() -> WorkspaceContext.callAs(WorkspaceId.of(inWorkspace),
                () -> mongo.getCollection("processed_events").find(new Document("eventId",
                        event.eventId().toString())).first() != null));
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
