package io.saola.crm.salesdata.pricing.domain;

import java.math.BigDecimal;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;

/**
 * The amounts of one line, rounded per line (see {@link DocumentTotals} for why):
 * <ol>
 *   <li>{@code gross} = quantity × unit price, rounded to the currency's minor unit (half up);</li>
 *   <li>{@code net} = quantity × unit price × (100 − discount %) / 100, computed exactly, then rounded;</li>
 *   <li>{@code discount} = gross − net, so the printed figures always add up;</li>
 *   <li>{@code vat} = net × VAT % / 100, rounded;</li>
 *   <li>{@code total} = net + vat.</li>
 * </ol>
 */
public record LineAmounts(Money gross, Money discount, Money net, Money vat, Money total) {

    public static LineAmounts of(BigDecimal quantity, Money unitPrice, Percentage discount, Percentage vatRate) {
        Money exactGross = unitPrice.times(quantity);
        Money gross = exactGross.rounded();
        Money net = exactGross.percent(discount.complement()).rounded();
        Money vat = net.percent(vatRate).rounded();
        return new LineAmounts(gross, gross.minus(net), net, vat, net.plus(vat));
    }
}
