package io.saola.crm.sales.api;

import java.math.BigDecimal;

/** An amount on the wire: exact decimal and ISO 4217 currency ({@code {"amount": 15000000, "currency": "VND"}}). */
public record MoneyAmount(BigDecimal amount, String currency) {
}
