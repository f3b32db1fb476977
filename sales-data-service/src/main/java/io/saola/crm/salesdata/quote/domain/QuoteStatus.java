package io.saola.crm.salesdata.quote.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT → SENT → ACCEPTED / REJECTED / EXPIRED. A sent quote that needs changes is REVISED: it stays as it was
 * sent and a new revision (a new DRAFT with the same number) takes its place.
 */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, REJECTED, EXPIRED, REVISED;

    public boolean canBecome(QuoteStatus next) {
        return next(this).contains(next);
    }

    public boolean isFinal() {
        return next(this).isEmpty();
    }

    private static Set<QuoteStatus> next(QuoteStatus status) {
        return switch (status) {
            case DRAFT -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(ACCEPTED, REJECTED, EXPIRED, REVISED);
            case REJECTED, EXPIRED -> EnumSet.of(REVISED);
            case ACCEPTED, REVISED -> EnumSet.noneOf(QuoteStatus.class);
        };
    }
}
