package io.saola.crm.salesdata.money;

import java.math.BigDecimal;
import java.util.Objects;

import io.saola.crm.salesdata.rules.BusinessRuleViolation;

/**
 * A percentage between 0 and 100 with at most {@value #MAX_SCALE} decimals: a discount or a VAT rate
 * (0, 5, 8 or 10 in Vietnam). Shares are computed exactly; rounding is the caller's decision.
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

    public static final int MAX_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

    public Percentage {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw BusinessRuleViolation.of(null, "must be between 0 and 100, not " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            throw BusinessRuleViolation.of(null, "may have at most " + MAX_SCALE + " decimals");
        }
        value = value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    public static Percentage of(String value) {
        return new Percentage(new BigDecimal(value));
    }

    /** {@code amount × value / 100}, exact. */
    public BigDecimal of(BigDecimal amount) {
        return amount.multiply(value).movePointLeft(2);
    }

    /** What remains after taking this share away: {@code 100 - value} as a percentage. */
    public Percentage complement() {
        return new Percentage(HUNDRED.subtract(value));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
