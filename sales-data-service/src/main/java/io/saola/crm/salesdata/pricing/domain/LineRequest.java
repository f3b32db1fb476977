package io.saola.crm.salesdata.pricing.domain;

import java.math.BigDecimal;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;

/**
 * A line as a seller asks for it: product, quantity and unit; {@code unitPrice} only to override the book's price
 * (in {@code unitPriceCurrency}, or the document's currency when that is absent); {@code vatRate} only to override
 * the product's.
 */
public record LineRequest(String productId, BigDecimal quantity, String unit, BigDecimal unitPrice,
                          String unitPriceCurrency, Percentage discount, Percentage vatRate) {

    public LineRequest(String productId, BigDecimal quantity, String unit, Money unitPrice, Percentage discount,
                       Percentage vatRate) {
        this(productId, quantity, unit, unitPrice == null ? null : unitPrice.amount(),
                unitPrice == null ? null : unitPrice.currency(), discount, vatRate);
    }

    /** The overridden unit price in the document's currency unless the client named one; null when not overridden. */
    public Money overriddenPrice(String documentCurrency) {
        return unitPrice == null ? null
                : Money.of(unitPrice, unitPriceCurrency == null ? documentCurrency : unitPriceCurrency);
    }
}
