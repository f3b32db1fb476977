package io.saola.crm.sales.lead.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.saola.crm.sales.lead.application.ConversionOptions;
import io.saola.crm.sales.record.web.MoneyBody;

/** The optional body of a conversion: existing account/contact to use, and the opportunity's terms. */
record ConversionRequest(@Size(max = 100) String existingAccountId, @Size(max = 100) String existingContactId,
                         @Size(max = 200) String opportunityName, @Valid MoneyBody amount,
                         LocalDate expectedCloseDate, @Size(max = 100) String productId) {

    ConversionOptions options() {
        return new ConversionOptions(existingAccountId, existingContactId, opportunityName,
                amount == null ? null : amount.toMoney(), expectedCloseDate, productId);
    }
}
