package io.saola.crm.sales.product.messaging;

import java.math.BigDecimal;

/**
 * The part of sales-data-service's product events this view reads (ProductCreated, ProductChanged and
 * ProductDeactivated carry the same fields, docs/EVENTS.md); other fields are ignored, so the producer may add
 * some without breaking this consumer.
 */
record ProductAnnounced(String aggregateId, long aggregateVersion, String code, String name, String unit,
                        Price listPrice, boolean active) {

    record Price(BigDecimal amount, String currency) {
    }
}
