package io.saola.crm.salesdata.pricing.domain;

import java.math.BigDecimal;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;

/**
 * A line as a seller asks for it: product, quantity and unit; {@code unitPrice} only to override the book's price;
 * {@code vatRate} only to override the product's.
 */
public record LineRequest(String productId, BigDecimal quantity, String unit, Money unitPrice, Percentage discount,
                          Percentage vatRate) {
}
