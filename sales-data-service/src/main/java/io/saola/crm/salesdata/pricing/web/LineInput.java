package io.saola.crm.salesdata.pricing.web;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.saola.crm.salesdata.money.Percentage;
import io.saola.crm.salesdata.pricing.domain.LineRequest;
import io.saola.crm.salesdata.web.MoneyInput;

/**
 * A document line as a client sends it. {@code unit} defaults to the product's unit, {@code unitPrice} (in the
 * document's currency) overrides the price book, {@code vatRate} overrides the product's rate.
 */
public record LineInput(@NotBlank String productId,
                        @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
                        @Size(max = 20) String unit,
                        @Valid MoneyInput unitPrice,
                        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal discountPercent,
                        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal vatRate) {

    public LineRequest toRequest() {
        return new LineRequest(productId, quantity, unit, unitPrice == null ? null : unitPrice.amount(),
                unitPrice == null ? null : unitPrice.currency(),
                discountPercent == null ? null : new Percentage(discountPercent),
                vatRate == null ? null : new Percentage(vatRate));
    }
}
