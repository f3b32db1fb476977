package io.saola.crm.sales.lead.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A lead's conversion: its id (the saga's correlation id), which attempt of asking customer-service it is on, the
 * status the lead had before (where a failure returns it), when it is due to be asked again ({@code retryAt}) and
 * when to give up ({@code giveUpAt}), and how it ended: the records it produced, or why it failed.
 */
public record LeadConversion(String id, int attempt, ConversionState state, LeadStatus previousStatus,
                             String requestedBy, Instant requestedAt, Instant retryAt, Instant giveUpAt,
                             ConversionTerms terms, Instant finishedAt, String accountId, String contactId,
                             String opportunityId, String failureReason, String failureMessage) {

    public LeadConversion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(previousStatus, "previousStatus");
        if (attempt < 1) {
            throw new IllegalArgumentException("A conversion is asked for at least once");
        }
    }

    static LeadConversion requested(String id, LeadStatus previousStatus, String requestedBy, Instant at,
                                    Instant retryAt, Instant giveUpAt, ConversionTerms terms) {
        return new LeadConversion(id, 1, ConversionState.REQUESTED, previousStatus, requestedBy, at, retryAt,
                giveUpAt, terms, null, null, null, null, null, null);
    }

    public boolean isRunning() {
        return state == ConversionState.REQUESTED;
    }

    LeadConversion askedAgain(Instant nextRetryAt) {
        return new LeadConversion(id, attempt + 1, state, previousStatus, requestedBy, requestedAt, nextRetryAt,
                giveUpAt, terms, finishedAt, accountId, contactId, opportunityId, failureReason, failureMessage);
    }

    LeadConversion converted(Instant at, String account, String contact, String opportunity) {
        return new LeadConversion(id, attempt, ConversionState.CONVERTED, previousStatus, requestedBy, requestedAt,
                null, null, terms, at, account, contact, opportunity, null, null);
    }

    LeadConversion failed(Instant at, String reason, String message) {
        return new LeadConversion(id, attempt, ConversionState.FAILED, previousStatus, requestedBy, requestedAt,
                null, null, terms, at, null, null, null, reason, message);
    }
}
