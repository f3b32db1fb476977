package io.saola.crm.sales.record.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * An exact amount in an ISO 4217 currency, VND when none is given. Never a floating-point number, so that
 * what a client sends is what is stored and summed. Negative amounts are refused.
 */
public record Money(BigDecimal amount, String currency) {

    public static final String DEFAULT_CURRENCY = "VND";

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("An amount of money needs a value");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("An amount of money cannot be negative");
        }
        currency = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : Currency.getInstance(
                currency.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static boolean isCurrency(String code) {
        if (code == null || code.isBlank()) {
            return true;
        }
        try {
            Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
