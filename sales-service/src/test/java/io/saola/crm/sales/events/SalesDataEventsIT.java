package io.saola.crm.sales.events;

import static io.saola.crm.sales.support.SalesRecords.opportunity;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.events.EventTopics;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.kafka.CloudEventRecords;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.kafka.TopicReader;
import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.product.domain.Products;
import io.saola.crm.sales.support.SalesApiTest;

/**
 * sales-data-service's events on a real broker: the product view follows product events, newest version
 * winning; an activated contract closes its opportunity as won.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SalesDataEventsIT extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final String otherWorkspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);

    private static final String INBOX = "processed_events";

    @Autowired
    private Products products;

    @Autowired
    private MongoTemplate mongo;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.shared().registerProperties(registry);
    }

    @BeforeAll
    static void topics() {
        TestKafka.shared().createTopics(SalesDataEvents.TOPIC, SalesDataEvents.CONTRACT_TOPIC);
    }

    @Test
    void aPublishedProductReachesTheViewOfItsWorkspaceOnlyAndSuggestsTheOpportunity() {
        publish(SalesDataEvents.created(workspace, "p-crm", "Gói CRM Doanh nghiệp", "24000000"));

        await().atMost(Duration.ofSeconds(30)).until(() -> product(workspace, "p-crm").isPresent());
        assertThat(product(otherWorkspace, "p-crm")).isEmpty();
        Response lead = post(rep, "/api/leads", with(personLead("Lý Thị Mai"), "mobile", "0987 654 321",
                "productOfInterestId", "p-crm"));
        assertThat(lead.status()).isEqualTo(201);
        JsonNode suggestion = lead.json().get("suggestedOpportunity");
        assertThat(suggestion.get("name").asString()).isEqualTo("Gói CRM Doanh nghiệp - 0987654321");
        assertThat(suggestion.get("amount").get("amount").decimalValue()).isEqualByComparingTo("24000000");
    }

    @Test
    void aStaleOrRepeatedEventNeverOverwritesANewerProduct() {
        DomainEvent newest = SalesDataEvents.changed(workspace, "p-sms", 2, "Gói SMS 2026", "1500000");
        publish(SalesDataEvents.created(workspace, "p-sms", "Gói SMS", "1000000"));
        publish(newest);
        publish(newest);
        publish(SalesDataEvents.changed(workspace, "p-sms", 1, "Gói SMS cũ", "900000"));
        DomainEvent marker = SalesDataEvents.created(workspace, "p-marker", "Đánh dấu", "1");
        publishUnderKey(marker, "p-sms");

        await().atMost(Duration.ofSeconds(30)).until(() -> product(workspace, "p-marker").isPresent());
        Product stored = product(workspace, "p-sms").orElseThrow();
        assertThat(stored.name()).isEqualTo("Gói SMS 2026");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.listPrice().amount()).isEqualByComparingTo(new BigDecimal("1500000"));
    }

    @Test
    void anActivatedContractClosesItsOpenOpportunityAsWonOnce() {
        String id = post(rep, "/api/opportunities", opportunity("Gói CRM - 0987654321", "acc-1")).id();
        String path = "/api/opportunities/" + id;
        post(rep, path + "/stage", Map.of("stage", "NEGOTIATION"), "\"0\"");
        DomainEvent activated = SalesDataEvents.contractFor(workspace, id);

        TestKafka.shared().send(CloudEventRecords.of(SalesDataEvents.CONTRACT_TOPIC, activated,
                SalesDataEvents.SOURCE));
        sendUnderKey(SalesDataEvents.CONTRACT_TOPIC, SalesDataEvents.contractFor(workspace, id),
                activated.aggregateId());

        await().atMost(Duration.ofSeconds(30)).until(() -> get(rep, path).json().get("stage").asString()
                .equals("WON"));
        JsonNode won = get(rep, path).json();
        assertThat(won.get("probability").asInt()).isEqualTo(100);
        assertThat(won.get("stageHistory").get(2).get("from").asString()).isEqualTo("NEGOTIATION");
        assertThat(won.get("stageHistory").get(2).get("by").asString()).isEqualTo("sales-service");
        DomainEvent marker = SalesDataEvents.contractFor(workspace, "no-such-opportunity");
        sendUnderKey(SalesDataEvents.CONTRACT_TOPIC, marker, activated.aggregateId());
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed(marker));
        assertThat(get(rep, path).json().get("stageHistory")).hasSize(3);
    }

    @Test
    void productRecordsWithoutAWorkspaceOrWithAnUnreadablePayloadGoToTheDeadLetterTopic() {
        String key = "p-poison-" + UUID.randomUUID();
        TestKafka.shared().send(CloudEventRecords.withoutWorkspace(SalesDataEvents.TOPIC, key, "ProductCreated.v1",
                "{\"aggregateId\": \"" + key + "\", \"name\": \"Không chủ\"}"));
        ProducerRecord<String, String> valid = CloudEventRecords.of(SalesDataEvents.TOPIC,
                SalesDataEvents.created(workspace, key, "Hỏng", "1"), SalesDataEvents.SOURCE);
        TestKafka.shared().send(new ProducerRecord<>(valid.topic(), null, key, "{not json", valid.headers()));

        try (TopicReader deadLetters = TestKafka.shared().read(EventTopics.deadLetterTopicOf(SalesDataEvents.TOPIC))) {
            assertThat(deadLetters.awaitAtLeast(2, record -> key.equals(record.key()))).hasSize(2);
        }
        assertThat(product(workspace, key)).isEmpty();
    }

    private boolean consumed(DomainEvent event) {
        return WorkspaceContext.callAs(WorkspaceId.of(workspace), () -> mongo.getCollection(INBOX)
                .find(new Document("eventId", event.eventId().toString())).first() != null);
    }

    private Optional<Product> product(String inWorkspace, String id) {
        return WorkspaceContext.callAs(WorkspaceId.of(inWorkspace), () -> products.find(id));
    }

    private static void publish(DomainEvent event) {
        TestKafka.shared().send(CloudEventRecords.of(SalesDataEvents.TOPIC, event, SalesDataEvents.SOURCE));
    }

    private static void publishUnderKey(DomainEvent event, String key) {
        sendUnderKey(SalesDataEvents.TOPIC, event, key);
    }

    /** Same partition as {@code key}'s events, so it is consumed after them. */
    private static void sendUnderKey(String topic, DomainEvent event, String key) {
        ProducerRecord<String, String> record = CloudEventRecords.of(topic, event, SalesDataEvents.SOURCE);
        TestKafka.shared().send(new ProducerRecord<>(record.topic(), null, key, record.value(), record.headers()));
    }
}
