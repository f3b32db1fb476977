package io.saola.crm.salesdata.pricebook.domain;

import io.saola.crm.salesdata.money.Money;

/** The price of one {@code unit} of a product in a book. */
public record PriceEntry(String productId, String unit, Money price) {
}
