package io.saola.crm.salesdata.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import io.saola.crm.salesdata.rules.BusinessRuleViolation;

/**
 * An exact amount in an ISO 4217 currency. Arithmetic is exact ({@link BigDecimal}, never floating point);
 * rounding happens only where {@link #rounded()} is called, to the currency's minor unit (none for VND, cents for
 * USD), half up. Amounts of different currencies never mix: that is refused, not converted.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public static final String DEFAULT_CURRENCY = "VND";
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        currency = checkedCurrency(currency);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money vnd(String amount) {
        return of(amount, DEFAULT_CURRENCY);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(minorUnitsOf(checkedCurrency(currency))), currency);
    }

    /** Whether {@code code} is an ISO 4217 currency this service accepts. */
    public static boolean isCurrency(String code) {
        if (code == null || code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Exact product, e.g. a unit price times a quantity; not rounded. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** Exact share, e.g. the VAT of a net amount; not rounded. */
    public Money percent(Percentage percentage) {
        return new Money(percentage.of(amount), currency);
    }

    /** This amount to the currency's minor unit, half up: 1 234,5 VND → 1 235 VND; 10.005 USD → 10.01 USD. */
    public Money rounded() {
        return new Money(amount.setScale(minorUnits(), ROUNDING), currency);
    }

    /** This amount to {@code scale} decimals, half up: for unit prices, which may be finer than the minor unit. */
    public Money roundedTo(int scale) {
        return new Money(amount.setScale(scale, ROUNDING), currency);
    }

    public int minorUnits() {
        return minorUnitsOf(currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isSameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    /** Equal amounts whatever their scale: 1000 VND equals 1000.00 VND. */
    public boolean isEqualTo(Money other) {
        return isSameCurrency(other) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    private static int minorUnitsOf(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    private static String checkedCurrency(String currency) {
        if (!isCurrency(currency)) {
            throw BusinessRuleViolation.of("currency", "'" + currency + "' is not an ISO 4217 currency code");
        }
        return currency;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
