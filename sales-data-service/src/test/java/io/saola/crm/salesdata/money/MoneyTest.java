package io.saola.crm.salesdata.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.saola.crm.salesdata.rules.BusinessRuleViolation;

class MoneyTest {

    @Test
    void vndRoundsToWholeDongHalfUp() {
        assertThat(Money.vnd("1234.5").rounded()).isEqualTo(Money.vnd("1235"));
        assertThat(Money.vnd("1234.49").rounded()).isEqualTo(Money.vnd("1234"));
        assertThat(Money.vnd("-1234.5").rounded()).isEqualTo(Money.vnd("-1235"));
        assertThat(Money.vnd("1234.5").rounded().amount().scale()).isZero();
    }

    @Test
    void currenciesWithCentsRoundToTwoDecimals() {
        assertThat(Money.of("10.005", "USD").rounded()).isEqualTo(Money.of("10.01", "USD"));
        assertThat(Money.of("10.004", "USD").rounded()).isEqualTo(Money.of("10.00", "USD"));
        assertThat(Money.zero("USD").amount().scale()).isEqualTo(2);
    }

    @Test
    void arithmeticIsExactWithoutFloatingPoint() {
        Money tenth = Money.of("0.1", "USD");
        assertThat(tenth.plus(tenth).plus(tenth)).isEqualTo(Money.of("0.3", "USD"));
        assertThat(Money.vnd("33333").times(new BigDecimal("3"))).isEqualTo(Money.vnd("99999"));
        assertThat(Money.vnd("100000").percent(Percentage.of("8"))).matches(m -> m.isEqualTo(Money.vnd("8000")));
    }

    @Test
    void amountsOfDifferentCurrenciesNeverMix() {
        assertThatThrownBy(() -> Money.vnd("1").plus(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD").hasMessageContaining("VND");
        assertThatThrownBy(() -> Money.vnd("1").compareTo(Money.of("1", "EUR")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void onlyIsoCurrenciesAreAccepted() {
        assertThat(Money.isCurrency("VND")).isTrue();
        assertThat(Money.isCurrency("vnd")).isFalse();
        assertThat(Money.isCurrency("XYZ")).isFalse();
        assertThat(Money.isCurrency(null)).isFalse();
        assertThatThrownBy(() -> Money.of("1", "DONG")).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void equalityAcrossScalesIsExplicit() {
        assertThat(Money.vnd("1000").isEqualTo(Money.vnd("1000.00"))).isTrue();
        assertThat(Money.vnd("1000").isEqualTo(Money.of("1000", "USD"))).isFalse();
    }

    @Test
    void percentagesStayBetweenZeroAndHundred() {
        assertThat(Percentage.of("10").of(new BigDecimal("5555"))).isEqualByComparingTo("555.5");
        assertThat(Percentage.of("12.5").complement()).isEqualTo(Percentage.of("87.5"));
        assertThat(Percentage.of("10.00")).isEqualTo(Percentage.of("10"));
        assertThatThrownBy(() -> Percentage.of("-1")).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> Percentage.of("100.01")).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> Percentage.of("1.00001")).isInstanceOf(BusinessRuleViolation.class);
    }
}
