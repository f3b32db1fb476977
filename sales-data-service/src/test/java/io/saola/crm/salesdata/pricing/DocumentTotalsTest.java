package io.saola.crm.salesdata.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;
import io.saola.crm.salesdata.pricing.domain.DocumentTotals;
import io.saola.crm.salesdata.pricing.domain.LineAmounts;
import io.saola.crm.salesdata.pricing.domain.ProductSnapshot;
import io.saola.crm.salesdata.pricing.domain.SalesLine;
import io.saola.crm.salesdata.pricing.domain.VatAmount;

class DocumentTotalsTest {

    @Test
    void aLineIsRoundedToWholeDongAfterItsDiscountAndAgainAfterItsVat() {
        LineAmounts line = LineAmounts.of(new BigDecimal("3"), Money.vnd("33333"), Percentage.of("10"),
                Percentage.of("10"));

        assertThat(line.gross()).isEqualTo(Money.vnd("99999"));
        assertThat(line.net()).isEqualTo(Money.vnd("89999"));      // 89 999.1
        assertThat(line.discount()).isEqualTo(Money.vnd("10000")); // gross - net, so the figures add up
        assertThat(line.vat()).isEqualTo(Money.vnd("9000"));       // 8 999.9
        assertThat(line.total()).isEqualTo(Money.vnd("98999"));
    }

    @Test
    void halfADongRoundsUp() {
        LineAmounts line = LineAmounts.of(BigDecimal.ONE, Money.vnd("1250.5"), Percentage.ZERO, Percentage.of("8"));

        assertThat(line.net()).isEqualTo(Money.vnd("1251"));
        assertThat(line.vat()).isEqualTo(Money.vnd("100"));        // 100.08
        assertThat(line.total()).isEqualTo(Money.vnd("1351"));
    }

    @Test
    void fractionalQuantitiesAndFinerUnitPricesRoundOnlyTheLine() {
        LineAmounts line = LineAmounts.of(new BigDecimal("333"), Money.vnd("50.0000"), Percentage.ZERO,
                Percentage.of("5"));
        LineAmounts weighed = LineAmounts.of(new BigDecimal("1.255"), Money.vnd("20000"), Percentage.ZERO,
                Percentage.ZERO);

        assertThat(line.net()).isEqualTo(Money.vnd("16650"));
        assertThat(line.vat()).isEqualTo(Money.vnd("833"));        // 832.5
        assertThat(weighed.net()).isEqualTo(Money.vnd("25100"));
    }

    @Test
    void centsCurrenciesRoundToTheCent() {
        LineAmounts line = LineAmounts.of(new BigDecimal("3"), Money.of("19.99", "USD"), Percentage.of("15"),
                Percentage.of("10"));

        assertThat(line.gross()).isEqualTo(Money.of("59.97", "USD"));
        assertThat(line.net()).isEqualTo(Money.of("50.97", "USD")); // 50.9745
        assertThat(line.discount()).isEqualTo(Money.of("9.00", "USD"));
        assertThat(line.vat()).isEqualTo(Money.of("5.10", "USD"));  // 5.097
        assertThat(line.total()).isEqualTo(Money.of("56.07", "USD"));
    }

    @Test
    void aFullDiscountLeavesNothingToTax() {
        LineAmounts line = LineAmounts.of(new BigDecimal("2"), Money.vnd("10000"), Percentage.of("100"),
                Percentage.of("10"));

        assertThat(line.net().amount()).isEqualByComparingTo("0");
        assertThat(line.vat().amount()).isEqualByComparingTo("0");
        assertThat(line.discount()).isEqualTo(Money.vnd("20000"));
    }

    @Test
    void totalsAreSumsOfRoundedLinesWithVatBrokenDownByRate() {
        List<SalesLine> lines = List.of(
                line("2", "150000", "0", "10"),
                line("1", "99999", "5", "8"),
                line("3", "10000", "0", "0"),
                line("1", "5555", "0", "10"));

        DocumentTotals totals = DocumentTotals.of(lines, "VND");

        assertThat(totals.gross()).isEqualTo(Money.vnd("435554"));
        assertThat(totals.discount()).isEqualTo(Money.vnd("5000"));
        assertThat(totals.net()).isEqualTo(Money.vnd("430554"));
        assertThat(totals.vat()).isEqualTo(Money.vnd("38156"));
        assertThat(totals.total()).isEqualTo(Money.vnd("468710"));
        assertThat(totals.vatBreakdown()).containsExactly(
                new VatAmount(Percentage.of("0"), Money.vnd("30000"), Money.vnd("0")),
                new VatAmount(Percentage.of("8"), Money.vnd("94999"), Money.vnd("7600")),
                new VatAmount(Percentage.of("10"), Money.vnd("305555"), Money.vnd("30556")));
    }

    @Test
    void perLineRoundingIsTheRuleEvenWhereRoundingTheTotalWouldDiffer() {
        List<SalesLine> lines = List.of(line("1", "5555", "0", "10"), line("1", "5555", "0", "10"),
                line("1", "5555", "0", "10"));

        DocumentTotals totals = DocumentTotals.of(lines, "VND");

        // 3 × round(555.5) = 1 668, where round(16 665 × 10 %) would be 1 667
        assertThat(totals.vat()).isEqualTo(Money.vnd("1668"));
        assertThat(totals.total()).isEqualTo(Money.vnd("18333"));
    }

    @Test
    void anEmptyDocumentTotalsZeroInItsCurrency() {
        DocumentTotals totals = DocumentTotals.of(List.of(), "USD");

        assertThat(totals.total()).isEqualTo(Money.zero("USD"));
        assertThat(totals.vatBreakdown()).isEmpty();
    }

    private static SalesLine line(String quantity, String unitPrice, String discount, String vat) {
        return SalesLine.priced(new ProductSnapshot("p", "P", "Gạo ST25", "g"), new BigDecimal(quantity),
                "kg", Money.vnd(unitPrice), false, Percentage.of(discount), Percentage.of(vat));
    }
}
