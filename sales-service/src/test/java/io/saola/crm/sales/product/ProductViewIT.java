package io.saola.crm.sales.product;

import static io.saola.crm.sales.support.SalesRecords.personLead;
import static io.saola.crm.sales.support.SalesRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.kafka.CloudEventRecords;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.product.domain.Products;
import io.saola.crm.sales.support.SalesApiTest;

/** The product view follows sales-data-service's product events on a real broker, newest version winning. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductViewIT extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final String otherWorkspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP);

    @Autowired
    private Products products;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.shared().registerProperties(registry);
    }

    @BeforeAll
    static void topics() {
        TestKafka.shared().createTopics(CatalogueEvents.TOPIC);
    }

    @Test
    void aPublishedProductReachesTheViewOfItsWorkspaceOnlyAndSuggestsTheOpportunity() {
        publish(CatalogueEvents.created(workspace, "p-crm", "Gói CRM Doanh nghiệp", "24000000"));

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
        DomainEvent newest = CatalogueEvents.changed(workspace, "p-sms", 2, "Gói SMS 2026", "1500000");
        publish(CatalogueEvents.created(workspace, "p-sms", "Gói SMS", "1000000"));
        publish(newest);
        publish(newest);
        publish(CatalogueEvents.changed(workspace, "p-sms", 1, "Gói SMS cũ", "900000"));
        DomainEvent marker = CatalogueEvents.created(workspace, "p-marker", "Đánh dấu", "1");
        publishUnderKey(marker, "p-sms");

        await().atMost(Duration.ofSeconds(30)).until(() -> product(workspace, "p-marker").isPresent());
        Product stored = product(workspace, "p-sms").orElseThrow();
        assertThat(stored.name()).isEqualTo("Gói SMS 2026");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.listPrice().amount()).isEqualByComparingTo(new BigDecimal("1500000"));
    }

    private Optional<Product> product(String inWorkspace, String id) {
        return WorkspaceContext.callAs(WorkspaceId.of(inWorkspace), () -> products.find(id));
    }

    private static void publish(DomainEvent event) {
        TestKafka.shared().send(CloudEventRecords.of(CatalogueEvents.TOPIC, event, CatalogueEvents.SOURCE));
    }

    /** Same partition as {@code key}'s events, so it is consumed after them. */
    private static void publishUnderKey(DomainEvent event, String key) {
        ProducerRecord<String, String> record = CloudEventRecords.of(CatalogueEvents.TOPIC, event,
                CatalogueEvents.SOURCE);
        TestKafka.shared().send(new ProducerRecord<>(record.topic(), null, key, record.value(), record.headers()));
    }
}
