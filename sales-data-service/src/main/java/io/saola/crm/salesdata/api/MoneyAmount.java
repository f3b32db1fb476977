package io.saola.crm.salesdata.api;

import java.math.BigDecimal;

/** An amount on the wire: exact decimal and ISO 4217 currency (e.g. {@code {"amount": 1500000, "currency": "VND"}}). */
public record MoneyAmount(BigDecimal amount, String currency) {
}
