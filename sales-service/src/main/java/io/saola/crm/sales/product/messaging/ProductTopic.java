package io.saola.crm.sales.product.messaging;

import java.util.Set;

/** sales-data-service's product topic and the event types on it that carry a product's whole state. */
final class ProductTopic {

    static final String NAME = "crm.salesdata.product.v1";
    static final Set<String> STATE_EVENTS = Set.of("ProductCreated.v1", "ProductChanged.v1",
            "ProductDeactivated.v1");

    private ProductTopic() {
    }
}
