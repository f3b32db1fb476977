package io.saola.crm.salesdata.quote.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.saola.crm.platform.access.OwnedRecord;
import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.salesdata.api.MoneyAmount;
import io.saola.crm.salesdata.api.QuoteAccepted;
import io.saola.crm.salesdata.api.QuoteExpired;
import io.saola.crm.salesdata.api.QuoteRejected;
import io.saola.crm.salesdata.api.QuoteSent;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.pricing.domain.DocumentTotals;
import io.saola.crm.salesdata.pricing.domain.SalesLine;
import io.saola.crm.salesdata.rules.BrokenRules;
import io.saola.crm.salesdata.rules.StatusChangeRefused;

/**
 * A quote (Báo giá). Only a DRAFT is edited; sending freezes it. Changing a sent quote makes a new revision with
 * the same number ({@link #revise}), so what the customer received is never rewritten.
 *
 * @param revisedById the revision that replaced this one, once revised
 * @param version     stored version, null before the first save
 */
public record Quote(String id, DocumentNumber number, int revision, String previousRevisionId, String revisedById,
                    QuoteTerms terms, String currency, List<SalesLine> lines, DocumentTotals totals,
                    QuoteStatus status, String reason, String ownerId, String teamId, Instant createdAt,
                    Instant sentAt, Instant decidedAt, Long version) implements OwnedRecord {

    static final String TYPE = "quote";

    public Quote {
        lines = List.copyOf(lines);
    }

    /** A state after a change and the events it raised. */
    public record Change(Quote quote, List<DomainEvent> events) {
    }

    public static Quote draft(String id, DocumentNumber number, QuoteTerms terms, String currency,
                              List<SalesLine> lines, String ownerId, String teamId, LocalDate today, Instant now) {
        checkTerms(terms, today);
        return new Quote(id, number, 1, null, null, terms, currency, lines, DocumentTotals.of(lines, currency),
                QuoteStatus.DRAFT, null, ownerId, teamId, now, null, null, null);
    }

    public Quote edit(QuoteTerms newTerms, String newCurrency, List<SalesLine> newLines, LocalDate today) {
        if (status != QuoteStatus.DRAFT) {
            throw new StatusChangeRefused(TYPE, id, status, "EDITED", "Quote " + number + " is " + status
                    + "; only a draft is edited. Make a new revision (POST /api/quotes/" + id + "/revisions).");
        }
        checkTerms(newTerms, today);
        return new Quote(id, number, revision, previousRevisionId, revisedById, newTerms, newCurrency, newLines,
                DocumentTotals.of(newLines, newCurrency), status, reason, ownerId, teamId, createdAt, sentAt,
                decidedAt, version);
    }

    public Change send(String workspace, LocalDate today, Instant now) {
        require(QuoteStatus.SENT);
        BrokenRules broken = new BrokenRules();
        if (lines.isEmpty()) {
            broken.add("lines", "a quote needs at least one line to be sent");
        }
        if (terms.validUntil().isBefore(today)) {
            broken.add("validUntil", "the quote expired on " + terms.validUntil() + "; set a later date first");
        }
        broken.throwIfAny();
        Quote sent = with(QuoteStatus.SENT, null, now, decidedAt);
        return new Change(sent, List.of(new QuoteSent(UUID.randomUUID(), workspace, id, nextVersion(), now,
                number.text(), revision, terms.accountId(), terms.contactId(), terms.opportunityId(), ownerId,
                teamId, amount(totals.net()), amount(totals.vat()), amount(totals.total()), terms.validUntil())));
    }

    public Change accept(String workspace, LocalDate today, Instant now) {
        require(QuoteStatus.ACCEPTED);
        if (terms.validUntil().isBefore(today)) {
            throw new StatusChangeRefused(TYPE, id, status, QuoteStatus.ACCEPTED.name(), "Quote " + number
                    + " expired on " + terms.validUntil() + " and can no longer be accepted.");
        }
        Quote accepted = with(QuoteStatus.ACCEPTED, null, sentAt, now);
        return new Change(accepted, List.of(new QuoteAccepted(UUID.randomUUID(), workspace, id, nextVersion(), now,
                number.text(), revision, terms.accountId(), terms.contactId(), terms.opportunityId(), ownerId,
                teamId, amount(totals.net()), amount(totals.vat()), amount(totals.total()), terms.validUntil())));
    }

    public Change reject(String why, String workspace, Instant now) {
        require(QuoteStatus.REJECTED);
        Quote rejected = with(QuoteStatus.REJECTED, why, sentAt, now);
        return new Change(rejected, List.of(new QuoteRejected(UUID.randomUUID(), workspace, id, nextVersion(), now,
                number.text(), revision, terms.accountId(), terms.contactId(), terms.opportunityId(), ownerId,
                teamId, amount(totals.net()), amount(totals.vat()), amount(totals.total()), terms.validUntil(),
                why)));
    }

    /** Whether the expiry sweep should expire this quote on {@code today}. */
    public boolean isDueToExpire(LocalDate today) {
        return status == QuoteStatus.SENT && terms.validUntil().isBefore(today);
    }

    public Change expire(String workspace, LocalDate today, Instant now) {
        require(QuoteStatus.EXPIRED);
        if (!isDueToExpire(today)) {
            throw new StatusChangeRefused(TYPE, id, status, QuoteStatus.EXPIRED.name(), "Quote " + number
                    + " is valid until " + terms.validUntil() + ".");
        }
        Quote expired = with(QuoteStatus.EXPIRED, "EXPIRED", sentAt, now);
        return new Change(expired, List.of(new QuoteExpired(UUID.randomUUID(), workspace, id, nextVersion(), now,
                number.text(), revision, terms.accountId(), terms.contactId(), terms.opportunityId(), ownerId,
                teamId, amount(totals.net()), amount(totals.vat()), amount(totals.total()), terms.validUntil())));
    }

    /**
     * Replaces this sent (or rejected, or expired) quote by a new DRAFT revision with the same number and lines.
     * This one records {@code revisionId} and, if it was still open (SENT), becomes REVISED so it can no longer be
     * accepted.
     */
    public Revision revise(String revisionId, Instant now) {
        if (revisedById != null || !status.canBecome(QuoteStatus.REVISED)) {
            throw new StatusChangeRefused(TYPE, id, status, "REVISED", revisedById != null
                    ? "Quote " + number + " revision " + revision + " was already revised by '" + revisedById + "'."
                    : "Quote " + number + " is " + status + " and cannot be revised.");
        }
        QuoteStatus after = status == QuoteStatus.SENT ? QuoteStatus.REVISED : status;
        Quote replaced = new Quote(id, number, revision, previousRevisionId, revisionId, terms, currency, lines,
                totals, after, reason, ownerId, teamId, createdAt, sentAt, decidedAt, version);
        return new Revision(replaced, nextRevision(revisionId, now));
    }

    /** The new draft that a revision of this quote is, with id {@code revisionId}. */
    public Quote nextRevision(String revisionId, Instant now) {
        return new Quote(revisionId, number, revision + 1, id, null, terms, currency, lines, totals,
                QuoteStatus.DRAFT, null, ownerId, teamId, now, null, null, null);
    }

    /** The quote that was revised and the draft that replaces it. */
    public record Revision(Quote replaced, Quote draft) {
    }

    private void require(QuoteStatus next) {
        if (!status.canBecome(next)) {
            throw new StatusChangeRefused(TYPE, id, status, next);
        }
    }

    private Quote with(QuoteStatus newStatus, String newReason, Instant newSentAt, Instant newDecidedAt) {
        return new Quote(id, number, revision, previousRevisionId, revisedById, terms, currency, lines, totals,
                newStatus, newReason, ownerId, teamId, createdAt, newSentAt, newDecidedAt, version);
    }

    /** The rules on who a quote is for and until when, checked before anything else happens. */
    public static void checkTerms(QuoteTerms terms, LocalDate today) {
        BrokenRules broken = new BrokenRules();
        if (terms.accountId() == null || terms.accountId().isBlank()) {
            broken.add("accountId", "must not be blank");
        }
        if (terms.validUntil() == null) {
            broken.add("validUntil", "must not be null");
        } else if (terms.validUntil().isBefore(today)) {
            broken.add("validUntil", "must not be in the past");
        }
        broken.throwIfAny();
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private static MoneyAmount amount(Money money) {
        return new MoneyAmount(money.amount(), money.currency());
    }
}
