package io.saola.crm.salesdata.pricing;

import static io.saola.crm.salesdata.fixtures.Catalogue.COFFEE;
import static io.saola.crm.salesdata.fixtures.Catalogue.CUP;
import static io.saola.crm.salesdata.fixtures.Catalogue.PIECES;
import static io.saola.crm.salesdata.fixtures.Catalogue.RICE;
import static io.saola.crm.salesdata.fixtures.Catalogue.WEIGHT;
import static io.saola.crm.salesdata.fixtures.Catalogue.retail2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;
import io.saola.crm.salesdata.pricing.domain.LinePricing;
import io.saola.crm.salesdata.pricing.domain.LineRequest;
import io.saola.crm.salesdata.pricing.domain.SalesLine;
import io.saola.crm.salesdata.product.domain.Product;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.rules.BusinessRuleViolation.BrokenRule;
import io.saola.crm.salesdata.unit.domain.UnitGroup;

class LinePricingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Map<String, Product> PRODUCTS = Map.of("rice", RICE, "coffee", COFFEE, "cup", CUP);
    private static final Map<String, UnitGroup> GROUPS = Map.of("weight", WEIGHT, "pieces", PIECES);

    @Test
    void takesTheBookPriceConvertedToTheLineUnitAndTheProductsVatRate() {
        List<SalesLine> lines = LinePricing.price(List.of(
                new LineRequest("rice", new BigDecimal("500"), "g", null, null, null),
                new LineRequest("cup", new BigDecimal("2"), "hộp", null, Percentage.of("10"), null)),
                PRODUCTS, GROUPS, retail2026(), "VND", TODAY);

        assertThat(lines.get(0).unitPrice()).isEqualTo(Money.vnd("32.0000"));
        assertThat(lines.get(0).amounts().net()).isEqualTo(Money.vnd("16000"));
        assertThat(lines.get(0).vatRate()).isEqualTo(Percentage.of("5"));
        assertThat(lines.get(0).product().name()).isEqualTo("Gạo ST25 Sóc Trăng");
        assertThat(lines.get(1).amounts().net()).isEqualTo(Money.vnd("864000"));
        assertThat(lines.get(1).priceOverridden()).isFalse();
    }

    @Test
    void anOverriddenPriceOrVatRateWins() {
        SalesLine line = LinePricing.price(List.of(new LineRequest("coffee", BigDecimal.ONE, null,
                Money.vnd("199000"), null, Percentage.of("8"))), PRODUCTS, GROUPS, retail2026(), "VND", TODAY).get(0);

        assertThat(line.unit()).isEqualTo("kg");
        assertThat(line.unitPrice()).isEqualTo(Money.vnd("199000"));
        assertThat(line.priceOverridden()).isTrue();
        assertThat(line.amounts().vat()).isEqualTo(Money.vnd("15920"));
    }

    @Test
    void withoutABookTheListPriceIsUsed() {
        SalesLine line = LinePricing.price(List.of(new LineRequest("rice", new BigDecimal("2"), "tấn", null, null,
                null)), PRODUCTS, GROUPS, null, "VND", TODAY).get(0);

        assertThat(line.unitPrice()).isEqualTo(Money.vnd("35000000.0000"));
        assertThat(line.amounts().net()).isEqualTo(Money.vnd("70000000"));
    }

    @Test
    void reportsEveryBadLineWithItsField() {
        assertThatThrownBy(() -> LinePricing.price(List.of(
                new LineRequest("rice", new BigDecimal("-1"), "kg", null, null, null),
                new LineRequest("rice", BigDecimal.ONE, "lít", null, null, null),
                new LineRequest("nothing", BigDecimal.ONE, "kg", null, null, null),
                new LineRequest("coffee", BigDecimal.ONE, "kg", Money.of("10", "USD"), null, null),
                new LineRequest("rice", new BigDecimal("0.0001"), "kg", null, null, null)),
                PRODUCTS, GROUPS, retail2026(), "VND", TODAY))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> assertThat(v.broken())
                        .extracting(BrokenRule::field).containsExactly("lines[0].quantity", "lines[1].unit",
                                "lines[2].productId", "lines[3].unitPrice.currency", "lines[4].quantity"));
    }

    @Test
    void refusesADeactivatedProduct() {
        Product retired = RICE.deactivate("acme", java.time.Instant.EPOCH).product();

        assertThatThrownBy(() -> LinePricing.price(List.of(new LineRequest("rice", BigDecimal.ONE, "kg", null, null,
                null)), Map.of("rice", retired), GROUPS, null, "VND", TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("deactivated");
    }

    @Test
    void aDocumentTakesTheCurrencyOfItsPriceBookAndRefusesAnother() {
        assertThat(LinePricing.currencyOf(retail2026(), null)).isEqualTo("VND");
        assertThat(LinePricing.currencyOf(null, null)).isEqualTo("VND");
        assertThat(LinePricing.currencyOf(null, "USD")).isEqualTo("USD");
        assertThatThrownBy(() -> LinePricing.currencyOf(retail2026(), "USD"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("price book's currency VND");
    }

    @Test
    void aListPriceInAnotherCurrencyNeedsABookOrAnOverride() {
        assertThatThrownBy(() -> LinePricing.price(List.of(new LineRequest("rice", BigDecimal.ONE, "kg", null, null,
                null)), PRODUCTS, GROUPS, null, "USD", TODAY)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void refusesALineBeyondTheLargestAmount() {
        assertThatThrownBy(() -> LinePricing.price(List.of(new LineRequest("rice", new BigDecimal("999999999999"),
                "tấn", null, null, null)), PRODUCTS, GROUPS, null, "VND", TODAY))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> assertThat(v.broken())
                        .extracting(BrokenRule::field).containsExactly("lines[0].quantity"));
    }

    @Test
    void capsTheNumberOfLines() {
        List<LineRequest> many = new ArrayList<>(Collections.nCopies(LinePricing.MAX_LINES + 1,
                new LineRequest("rice", BigDecimal.ONE, "kg", null, null, null)));

        assertThatThrownBy(() -> LinePricing.price(many, PRODUCTS, GROUPS, null, "VND", TODAY))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at most 500 lines");
        assertThat(LinePricing.price(many.subList(0, LinePricing.MAX_LINES), PRODUCTS, GROUPS, null, "VND", TODAY))
                .hasSize(LinePricing.MAX_LINES);
    }
}
