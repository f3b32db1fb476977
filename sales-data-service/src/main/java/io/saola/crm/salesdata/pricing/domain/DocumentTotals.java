package io.saola.crm.salesdata.pricing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;

/**
 * The totals of a quote or an order. <b>Rounding rule: per line.</b> Each line's net and VAT are rounded to the
 * currency's minor unit (VND has none: whole dong), half up, and every total is the plain sum of the rounded line
 * figures. So the document's totals always equal what its printed lines add up to, and an accepted quote turned
 * into an order keeps exactly its figures. The VAT breakdown groups the lines by rate (sums of line figures too).
 */
public record DocumentTotals(Money gross, Money discount, Money net, Money vat, Money total,
                             List<VatAmount> vatBreakdown) {

    public DocumentTotals {
        vatBreakdown = List.copyOf(vatBreakdown);
    }

    public static DocumentTotals of(List<SalesLine> lines, String currency) {
        Money gross = Money.zero(currency);
        Money discount = Money.zero(currency);
        Money net = Money.zero(currency);
        Money vat = Money.zero(currency);
        Map<Percentage, Money[]> byRate = new TreeMap<>();
        for (SalesLine line : lines) {
            LineAmounts amounts = line.amounts();
            gross = gross.plus(amounts.gross());
            discount = discount.plus(amounts.discount());
            net = net.plus(amounts.net());
            vat = vat.plus(amounts.vat());
            Money[] rate = byRate.computeIfAbsent(line.vatRate(),
                    r -> new Money[] {Money.zero(currency), Money.zero(currency)});
            rate[0] = rate[0].plus(amounts.net());
            rate[1] = rate[1].plus(amounts.vat());
        }
        List<VatAmount> breakdown = new ArrayList<>();
        byRate.forEach((rate, sums) -> breakdown.add(new VatAmount(rate, sums[0], sums[1])));
        return new DocumentTotals(gross, discount, net, vat, net.plus(vat), breakdown);
    }
}
