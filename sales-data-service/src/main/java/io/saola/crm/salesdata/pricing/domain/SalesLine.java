package io.saola.crm.salesdata.pricing.domain;

import java.math.BigDecimal;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;

/**
 * One line of a quote or an order: a product snapshot, a quantity in a unit of the product's group, the unit price
 * (from the price book, or overridden by the seller), a discount and a VAT rate, and the amounts they give.
 */
public record SalesLine(ProductSnapshot product, BigDecimal quantity, String unit, Money unitPrice,
                        boolean priceOverridden, Percentage discount, Percentage vatRate, LineAmounts amounts) {

    public static final int MAX_QUANTITY_SCALE = 3;

    public static SalesLine priced(ProductSnapshot product, BigDecimal quantity, String unit, Money unitPrice,
                                   boolean priceOverridden, Percentage discount, Percentage vatRate) {
        return new SalesLine(product, quantity, unit, unitPrice, priceOverridden, discount, vatRate,
                LineAmounts.of(quantity, unitPrice, discount, vatRate));
    }
}
