package io.saola.crm.salesdata.quote.domain;

import java.time.LocalDate;

/** Who a quote is for and until when it holds; the parts a seller fills in besides the lines. */
public record QuoteTerms(String accountId, String contactId, String opportunityId, String priceBookId,
                         LocalDate validUntil, String notes) {
}
