package io.saola.crm.sales.product.domain;

import io.saola.crm.sales.record.domain.Money;

/**
 * A product as sales-data-service last announced it. {@code version} is the product's own aggregate version,
 * so an older announcement arriving late never overwrites a newer one.
 */
public record Product(String id, String code, String name, String unit, Money listPrice, boolean active,
                      long version) {
}
