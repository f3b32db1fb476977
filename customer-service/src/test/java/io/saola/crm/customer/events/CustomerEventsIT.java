package io.saola.crm.customer.events;

import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.person;
import static io.saola.crm.customer.support.Customers.with;
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

import io.saola.crm.customer.activity.ActivityApiTest;
import io.saola.crm.customer.api.CustomerTopics;
import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.kafka.TopicReader;

/** Every change the API accepts reaches its topic through the outbox, with CloudEvents headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerEventsIT extends CustomerApiTest {

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
    void accountChangesArePublishedInOrderWithCloudEventsHeadersAndLeaveTheOutboxEmpty() {
        String id = post(rep, "/api/accounts", with(organisation("Công ty Ánh Dương"), "mobile", "0912 000 111")).id();
        put(rep, "/api/accounts/" + id, with(organisation("Công ty CP Ánh Dương"), "mobile", "0912 000 111"), "\"0\"");
        delete(manager, "/api/accounts/" + id);

        try (TopicReader topic = TestKafka.shared().read(CustomerTopics.ACCOUNT)) {
            List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(3, record -> id.equals(record.key()));
            assertThat(records).extracting(record -> header(record, "ce_type"))
                    .containsExactly("AccountCreated.v1", "AccountUpdated.v1", "AccountDeleted.v1");
            ConsumerRecord<String, String> created = records.get(0);
            assertThat(header(created, "ce_tenantid")).isEqualTo(workspace);
            assertThat(header(created, "ce_source")).isEqualTo("customer-service");
            assertThat(header(created, "ce_subject")).isEqualTo(id);
            assertThat(header(created, "ce_specversion")).isEqualTo("1.0");
            JsonNode payload = JSON.readTree(created.value());
            assertThat(payload.get("workspace").asString()).isEqualTo(workspace);
            assertThat(payload.get("aggregateVersion").asLong()).isZero();
            assertThat(payload.get("account").get("name").asString()).isEqualTo("Công ty Ánh Dương");
            assertThat(payload.get("account").get("mobile").asString()).isEqualTo("+84912000111");
            JsonNode updated = JSON.readTree(records.get(1).value());
            assertThat(updated.get("aggregateVersion").asLong()).isEqualTo(1);
            assertThat(updated.get("changedFields")).hasSize(1);
            assertThat(updated.get("changedFields").get(0).asString()).isEqualTo("name");
            assertThat(JSON.readTree(records.get(2).value()).get("deletedBy").asString()).isEqualTo("manager-hoa");
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> outboxOf("accounts", id).isEmpty());
    }

    @Test
    void contactsAndActivitiesPublishTheirEventsIncludingMoves() {
        String contactId = post(rep, "/api/contacts", person("Phan Thanh Bình")).id();
        String activityId = post(rep, "/api/activities", ActivityApiTest.call("lead-e1", "2026-03-01T03:00:00Z",
                true)).id();
        post(manager, "/api/activities/moves", Map.of("operationId", "conversion-e1",
                "from", Map.of("type", "LEAD", "id", "lead-e1"), "to", Map.of("type", "ACCOUNT", "id", "acc-e1")));

        try (TopicReader contacts = TestKafka.shared().read(CustomerTopics.CONTACT)) {
            ConsumerRecord<String, String> created = contacts.awaitAtLeast(1, r -> contactId.equals(r.key())).get(0);
            assertThat(header(created, "ce_type")).isEqualTo("ContactCreated.v1");
            assertThat(JSON.readTree(created.value()).get("contact").get("name").asString())
                    .isEqualTo("Phan Thanh Bình");
        }
        try (TopicReader activities = TestKafka.shared().read(CustomerTopics.ACTIVITY)) {
            List<ConsumerRecord<String, String>> records = activities.awaitAtLeast(2,
                    r -> activityId.equals(r.key()));
            assertThat(records).extracting(record -> header(record, "ce_type"))
                    .containsExactly("ActivityLogged.v1", "ActivityMoved.v1");
            JsonNode moved = JSON.readTree(records.get(1).value());
            assertThat(moved.get("operationId").asString()).isEqualTo("conversion-e1");
            assertThat(moved.get("from").get("id").asString()).isEqualTo("lead-e1");
            assertThat(moved.get("to").get("type").asString()).isEqualTo("ACCOUNT");
        }
    }

    @Test
    void renamingAnAccountRenamesTheCompanyOfItsContactsThroughItsEvents() {
        String account = post(rep, "/api/accounts", organisation("Công ty Cũ")).id();
        String contact = post(rep, "/api/contacts", with(person("Vũ Thị Nga"), "accountId", account)).id();

        put(rep, "/api/accounts/" + account, organisation("Tập đoàn Hưng Thịnh"), "\"0\"");

        await().atMost(Duration.ofSeconds(20)).until(() -> "Tập đoàn Hưng Thịnh".equals(
                get(rep, "/api/contacts/" + contact).json().get("company").asString()));
        assertThat(get(rep, "/api/contacts?q=hung+thinh").json().get("items")).hasSize(1);
        assertThat(get(rep, "/api/contacts?q=cu").json().get("items")).isEmpty();
        JsonNode history = get(rep, "/api/contacts/" + contact + "/history").json();
        assertThat(history.get(0).get("changedBy").asString()).isEqualTo("customer-service");
        assertThat(history.get(0).get("changes").get(0).get("to").asString()).isEqualTo("Tập đoàn Hưng Thịnh");
        try (TopicReader contacts = TestKafka.shared().read(CustomerTopics.CONTACT)) {
            List<ConsumerRecord<String, String>> records = contacts.awaitAtLeast(2, r -> contact.equals(r.key()));
            assertThat(JSON.readTree(records.get(1).value()).get("changedFields").get(0).asString())
                    .isEqualTo("company");
        }
    }

    @Test
    void theAccountsPrimaryContactFollowsTheContactMarkedPrimary() {
        String account = post(rep, "/api/accounts", organisation("Công ty Hai Liên Hệ")).id();
        String first = post(rep, "/api/contacts", with(person("Mai Anh"), "accountId", account, "primary", true))
                .id();
        await().atMost(Duration.ofSeconds(20)).until(() -> first.equals(primaryContactOf(account)));

        String second = post(rep, "/api/contacts", with(person("Mai Bình"), "accountId", account, "primary", true))
                .id();
        await().atMost(Duration.ofSeconds(20)).until(() -> second.equals(primaryContactOf(account)));

        assertThat(delete(manager, "/api/contacts/" + second).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).until(() -> primaryContactOf(account) == null);
        assertThat(get(rep, "/api/contacts/" + first).json().get("primary").asBoolean()).isFalse();
    }

    private String primaryContactOf(String account) {
        JsonNode primary = get(rep, "/api/accounts/" + account).json().get("primaryContactId");
        return primary == null || primary.isNull() ? null : primary.asString();
    }

    private List<?> outboxOf(String collection, String id) {
        Document stored = WorkspaceContext.callAs(WorkspaceId.of(workspace),
                () -> mongo.findById(id, Document.class, collection));
        Object outbox = stored.get("outbox");
        return outbox instanceof List<?> list ? list : List.of();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
