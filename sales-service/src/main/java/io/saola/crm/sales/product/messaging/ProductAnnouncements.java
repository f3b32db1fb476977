package io.saola.crm.sales.product.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.events.Inbox;
import io.saola.crm.platform.events.ReceivedEvent;
import io.saola.crm.platform.events.UnreadableEventException;
import io.saola.crm.sales.product.application.ProductCatalogue;
import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.record.domain.Money;

/**
 * Reads sales-data-service's product events into the product view. Each record runs in the workspace of its
 * {@code ce_tenantid}; the inbox skips redeliveries, and the view's version check makes a late or repeated
 * event harmless even when the inbox cannot tell.
 */
@Component
class ProductAnnouncements {

    static final String CONSUMER = "sales-service.product-view";

    private final ProductCatalogue catalogue;
    private final Inbox inbox;

    ProductAnnouncements(ProductCatalogue catalogue, Inbox inbox) {
        this.catalogue = catalogue;
        this.inbox = inbox;
    }

    @KafkaListener(topics = ProductTopic.NAME, groupId = CONSUMER,
            autoStartup = "${saola.sales.consumers.enabled:true}")
    void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (!ProductTopic.STATE_EVENTS.contains(event.type())) {
            return;
        }
        Product product = toProduct(event.payloadAs(ProductAnnounced.class), event.id());
        inbox.processOnce(CONSUMER, event, () -> catalogue.announced(product));
    }

    private static Product toProduct(ProductAnnounced announced, String eventId) {
        if (announced.aggregateId() == null || announced.name() == null) {
            throw new UnreadableEventException("Product event " + eventId + " names no product");
        }
        ProductAnnounced.Price price = announced.listPrice();
        Money listPrice;
        try {
            listPrice = price == null || price.amount() == null ? null : new Money(price.amount(), price.currency());
        } catch (IllegalArgumentException invalid) {
            throw new UnreadableEventException("Product event " + eventId + " has an invalid list price", invalid);
        }
        return new Product(announced.aggregateId(), announced.code(), announced.name(), announced.unit(),
                listPrice, announced.active(), announced.aggregateVersion());
    }
}
