package io.saola.crm.salesdata.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.saola.crm.salesdata.money.Money;

/**
 * Money as a client sends it: an exact decimal and an optional ISO currency (the document's or VND when absent).
 * Up to 15 integer digits and 4 decimals: enough for any price, small enough to stay exact everywhere.
 */
public record MoneyInput(@NotNull @Digits(integer = 15, fraction = 4) BigDecimal amount,
                         @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as VND") String currency) {

    public Money toMoney(String defaultCurrency) {
        return Money.of(amount, currency == null ? defaultCurrency : currency);
    }

    public static Money orNull(MoneyInput input, String defaultCurrency) {
        return input == null ? null : input.toMoney(defaultCurrency);
    }
}
