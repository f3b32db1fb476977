package io.saola.crm.salesdata.unit;

import static io.saola.crm.salesdata.fixtures.Catalogue.WEIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.rules.BusinessRuleViolation.BrokenRule;
import io.saola.crm.salesdata.unit.domain.Unit;
import io.saola.crm.salesdata.unit.domain.UnitGroup;

class UnitGroupTest {

    @Test
    void convertsQuantitiesBetweenUnitsOfTheGroup() {
        assertThat(WEIGHT.convertQuantity(new BigDecimal("2"), "tấn", "kg")).isEqualByComparingTo("2000");
        assertThat(WEIGHT.convertQuantity(new BigDecimal("1500"), "g", "kg")).isEqualByComparingTo("1.5");
        assertThat(WEIGHT.convertQuantity(new BigDecimal("0.25"), "tấn", "g")).isEqualByComparingTo("250000");
    }

    @Test
    void convertsUnitPricesByTheRatioOfFactorsKeepingFourDecimals() {
        assertThat(WEIGHT.convertUnitPrice(Money.vnd("50000"), "kg", "g")).isEqualTo(Money.vnd("50.0000"));
        assertThat(WEIGHT.convertUnitPrice(Money.vnd("50000"), "kg", "tấn")).isEqualTo(Money.vnd("50000000.0000"));
        assertThat(WEIGHT.convertUnitPrice(Money.vnd("35"), "g", "kg")).isEqualTo(Money.vnd("35000.0000"));
        assertThat(WEIGHT.convertUnitPrice(Money.vnd("12345"), "kg", "kg")).isEqualTo(Money.vnd("12345"));
    }

    @Test
    void aNonTerminatingRatioIsRoundedHalfUp() {
        UnitGroup pieces = UnitGroup.define("p", "Số lượng", "cái",
                List.of(new Unit("cái", "Cái", BigDecimal.ONE), new Unit("hộp", "Hộp", new BigDecimal("3"))));

        assertThat(pieces.convertUnitPrice(Money.vnd("100000"), "hộp", "cái")).isEqualTo(Money.vnd("33333.3333"));
        assertThat(pieces.convertUnitPrice(Money.vnd("200000"), "hộp", "cái")).isEqualTo(Money.vnd("66666.6667"));
    }

    @Test
    void refusesAGroupWhoseBaseUnitIsMissingOrNotOne() {
        assertThatThrownBy(() -> UnitGroup.define("w", "Khối lượng", "kg",
                List.of(new Unit("g", "Gam", new BigDecimal("0.001")))))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> assertThat(v.broken())
                        .extracting(BrokenRule::field).containsExactly("baseUnit"));
        assertThatThrownBy(() -> UnitGroup.define("w", "Khối lượng", "kg",
                List.of(new Unit("kg", "Kilôgam", new BigDecimal("2")))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("factor must be 1");
    }

    @Test
    void reportsEveryBrokenRuleOfAGroupAtOnce() {
        assertThatThrownBy(() -> UnitGroup.define("w", " ", "kg", List.of(
                new Unit("kg", "Kilôgam", BigDecimal.ONE),
                new Unit("kg", "again", BigDecimal.ONE),
                new Unit("g", "Gam", BigDecimal.ZERO))))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> assertThat(v.broken())
                        .extracting(BrokenRule::field)
                        .containsExactly("name", "units[1].code", "units[2].factor"));
    }
}
