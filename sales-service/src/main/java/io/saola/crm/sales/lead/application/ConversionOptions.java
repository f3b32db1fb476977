package io.saola.crm.sales.lead.application;

import java.time.LocalDate;

import io.saola.crm.sales.record.domain.Money;

/**
 * What a user may choose when converting a lead, all optional: an existing account (and, for B2B, one of its
 * contacts) instead of new ones, and the opportunity's name, amount, close date and product. Left out, the
 * opportunity follows the lead's product of interest ("<product> - <mobile>", its list price).
 */
public record ConversionOptions(String existingAccountId, String existingContactId, String opportunityName,
                                Money amount, LocalDate expectedCloseDate, String productId) {

    public static final ConversionOptions NONE = new ConversionOptions(null, null, null, null, null, null);
}
