package io.saola.crm.sales.events;

import static io.saola.crm.sales.support.SalesRecords.companyLead;
import static io.saola.crm.sales.support.SalesRecords.opportunity;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.kafka.TopicReader;
import io.saola.crm.sales.api.SalesTopics;
import io.saola.crm.sales.support.SalesApiTest;

/** Every change the API accepts reaches its topic through the outbox, in order, with CloudEvents headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SalesEventsIT extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);

    @Autowired
    private MongoTemplate mongo;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.shared().registerProperties(registry);
    }

    @Test
    void aLeadsLifeIsPublishedInOrderAndLeavesTheOutboxEmpty() {
        String id = post(rep, "/api/leads", with(companyLead("Nguyễn Văn An", "Công ty Ánh Dương"),
                "mobile", "0912 000 111")).id();
        String path = "/api/leads/" + id;
        put(rep, path, with(companyLead("Nguyễn Văn An", "Công ty CP Ánh Dương"), "mobile", "0912 000 111"), "\"0\"");
        post(rep, path + "/status", Map.of("status", "WORKING"), "\"1\"");
        post(rep, path + "/status", Map.of("status", "QUALIFIED"), "\"2\"");
        post(rep, path + "/status", Map.of("status", "UNQUALIFIED", "reason", "Đã mua của đối thủ"), "\"3\"");
        delete(manager, path);

        try (TopicReader topic = TestKafka.shared().read(SalesTopics.LEAD)) {
            List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(6, record -> id.equals(record.key()));
            assertThat(records).extracting(record -> header(record, "ce_type")).containsExactly("LeadCreated.v1",
                    "LeadChanged.v1", "LeadChanged.v1", "LeadQualified.v1", "LeadDisqualified.v1", "LeadDeleted.v1");
            ConsumerRecord<String, String> created = records.get(0);
            assertThat(header(created, "ce_tenantid")).isEqualTo(workspace);
            assertThat(header(created, "ce_source")).isEqualTo("sales-service");
            assertThat(header(created, "ce_subject")).isEqualTo(id);
            JsonNode payload = JSON.readTree(created.value());
            assertThat(payload.get("aggregateVersion").asLong()).isZero();
            assertThat(payload.get("createdBy").asString()).isEqualTo("rep-lan");
            assertThat(payload.get("lead").get("company").asString()).isEqualTo("Công ty Ánh Dương");
            assertThat(payload.get("lead").get("mobile").asString()).isEqualTo("+84912000111");
            JsonNode changed = JSON.readTree(records.get(1).value());
            assertThat(changed.get("changedFields")).hasSize(1);
            assertThat(changed.get("changedFields").get(0).asString()).isEqualTo("company");
            assertThat(JSON.readTree(records.get(2).value()).get("lead").get("status").asString())
                    .isEqualTo("WORKING");
            JsonNode disqualified = JSON.readTree(records.get(4).value());
            assertThat(disqualified.get("reason").asString()).isEqualTo("Đã mua của đối thủ");
            assertThat(disqualified.get("aggregateVersion").asLong()).isEqualTo(4);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> outboxOf("leads", id).isEmpty());
    }

    @Test
    void anOpportunitysStagesAreEventsWithWonAndLostOfTheirOwn() {
        String won = post(rep, "/api/opportunities", opportunity("Gói CRM - 0912000111", "acc-1")).id();
        post(rep, "/api/opportunities/" + won + "/stage", Map.of("stage", "PROPOSAL"), "\"0\"");
        post(rep, "/api/opportunities/" + won + "/stage", Map.of("stage", "WON"), "\"1\"");
        String lost = post(rep, "/api/opportunities", opportunity("Gói SMS", "acc-1")).id();
        post(rep, "/api/opportunities/" + lost + "/stage", Map.of("stage", "LOST", "reason", "Giá cao"), "\"0\"");

        try (TopicReader topic = TestKafka.shared().read(SalesTopics.OPPORTUNITY)) {
            List<ConsumerRecord<String, String>> wonRecords = topic.awaitAtLeast(3, r -> won.equals(r.key()));
            assertThat(wonRecords).extracting(record -> header(record, "ce_type")).containsExactly(
                    "OpportunityCreated.v1", "OpportunityStageChanged.v1", "OpportunityWon.v1");
            JsonNode created = JSON.readTree(wonRecords.get(0).value()).get("opportunity");
            assertThat(created.get("amount").get("amount").decimalValue()).isEqualByComparingTo("150000000");
            assertThat(created.get("stage").asString()).isEqualTo("NEEDS_ANALYSIS");
            JsonNode wonEvent = JSON.readTree(wonRecords.get(2).value());
            assertThat(wonEvent.get("fromStage").asString()).isEqualTo("PROPOSAL");
            assertThat(wonEvent.get("opportunity").get("probability").asInt()).isEqualTo(100);
            List<ConsumerRecord<String, String>> lostRecords = topic.awaitAtLeast(2, r -> lost.equals(r.key()));
            assertThat(header(lostRecords.get(1), "ce_type")).isEqualTo("OpportunityLost.v1");
            assertThat(JSON.readTree(lostRecords.get(1).value()).get("reason").asString()).isEqualTo("Giá cao");
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> outboxOf("opportunities", won).isEmpty());
    }

    private List<?> outboxOf(String collection, String id) {
        Document stored = WorkspaceContext.callAs(WorkspaceId.of(workspace),
                () -> mongo.getCollection(collection).find(new Document("_id", id)).first());
        Object outbox = stored == null ? null : stored.get("outbox");
        return outbox instanceof List<?> list ? list : List.of();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
