package io.saola.crm.sales.lead.domain;

import java.time.LocalDate;

import io.saola.crm.sales.record.domain.Money;
import io.saola.crm.sales.record.domain.Text;

/**
 * What a conversion was asked to produce besides the lead's own data: an existing account (and, for B2B, one of
 * its contacts) to use instead of new ones, and the opportunity to open (name, amount, close date, product),
 * defaults already applied.
 */
public record ConversionTerms(String existingAccountId, String existingContactId, String opportunityName,
                              Money amount, LocalDate expectedCloseDate, String productId) {

    public ConversionTerms {
        existingAccountId = Text.trim(existingAccountId);
        existingContactId = Text.trim(existingContactId);
        opportunityName = Text.trim(opportunityName);
        productId = Text.trim(productId);
        if (existingContactId != null && existingAccountId == null) {
            throw new IllegalArgumentException("An existing contact comes with its existing account");
        }
        if (opportunityName == null) {
            throw new IllegalArgumentException("A conversion opens an opportunity, which needs a name");
        }
    }
}
