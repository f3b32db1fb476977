package io.saola.crm.salesdata.pricing.web;

import java.math.BigDecimal;
import java.util.List;

import io.saola.crm.salesdata.api.MoneyAmount;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.pricing.domain.DocumentTotals;
import io.saola.crm.salesdata.pricing.domain.SalesLine;

/** How lines and totals of quotes and orders look in responses. */
public final class LineViews {

    private LineViews() {
    }

    public record LineView(String productId, String productCode, String productName, BigDecimal quantity, String unit,
                           MoneyAmount unitPrice, boolean priceOverridden, BigDecimal discountPercent,
                           BigDecimal vatRate, MoneyAmount gross, MoneyAmount discount, MoneyAmount net,
                           MoneyAmount vat, MoneyAmount total) {
    }

    public record VatView(BigDecimal rate, MoneyAmount base, MoneyAmount vat) {
    }

    public record TotalsView(MoneyAmount gross, MoneyAmount discount, MoneyAmount net, MoneyAmount vat,
                             MoneyAmount total, List<VatView> vatBreakdown) {
    }

    public static List<LineView> lines(List<SalesLine> lines) {
        return lines.stream().map(line -> new LineView(line.product().productId(), line.product().code(),
                line.product().name(), line.quantity(), line.unit(), amount(line.unitPrice()), line.priceOverridden(),
                line.discount().value(), line.vatRate().value(), amount(line.amounts().gross()),
                amount(line.amounts().discount()), amount(line.amounts().net()), amount(line.amounts().vat()),
                amount(line.amounts().total()))).toList();
    }

    public static TotalsView totals(DocumentTotals totals) {
        return new TotalsView(amount(totals.gross()), amount(totals.discount()), amount(totals.net()),
                amount(totals.vat()), amount(totals.total()), totals.vatBreakdown().stream()
                .map(rate -> new VatView(rate.rate().value(), amount(rate.base()), amount(rate.vat()))).toList());
    }

    public static MoneyAmount amount(Money money) {
        return money == null ? null : new MoneyAmount(money.amount(), money.currency());
    }
}
