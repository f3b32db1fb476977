package io.saola.crm.sales.record.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import io.saola.crm.sales.record.validation.CurrencyCode;
import io.saola.crm.sales.record.domain.Money;

/**
 * Money on the wire: {@code {"amount": 15000000, "currency": "VND"}}, the amount an exact decimal (read as
 * {@link BigDecimal}, never a double), the currency an ISO 4217 code, VND when left out.
 */
public record MoneyBody(@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
                        @CurrencyCode String currency) {

    public Money toMoney() {
        return new Money(amount, currency);
    }

    public static MoneyBody of(Money money) {
        return money == null ? null : new MoneyBody(money.amount(), money.currency());
    }
}
