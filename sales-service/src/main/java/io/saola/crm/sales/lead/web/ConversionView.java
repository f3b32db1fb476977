package io.saola.crm.sales.lead.web;

import java.time.Instant;
import java.time.LocalDate;

import io.saola.crm.sales.lead.domain.ConversionTerms;
import io.saola.crm.sales.lead.domain.LeadConversion;
import io.saola.crm.sales.record.web.MoneyBody;

/**
 * A lead's (last) conversion as clients read it: its state, the attempt it is on, the status a failure returns
 * the lead to, what it produced or why it failed, and the opportunity terms it was asked with.
 */
record ConversionView(String id, String leadId, String state, int attempt, String previousStatus,
                      String requestedBy, Instant requestedAt, Instant finishedAt, String accountId,
                      String contactId, String opportunityId, String failureReason, String failureMessage,
                      Terms terms) {

    record Terms(String existingAccountId, String existingContactId, String opportunityName, MoneyBody amount,
                 LocalDate expectedCloseDate, String productId) {
    }

    static ConversionView of(String leadId, LeadConversion c) {
        if (c == null) {
            return null;
        }
        ConversionTerms t = c.terms();
        return new ConversionView(c.id(), leadId, c.state().name(), c.attempt(), c.previousStatus().name(),
                c.requestedBy(), c.requestedAt(), c.finishedAt(), c.accountId(), c.contactId(), c.opportunityId(),
                c.failureReason(), c.failureMessage(), new Terms(t.existingAccountId(), t.existingContactId(),
                t.opportunityName(), MoneyBody.of(t.amount()), t.expectedCloseDate(), t.productId()));
    }
}
