package io.saola.crm.salesdata.quote.application;

import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.AccessScope;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;
import io.saola.crm.salesdata.BusinessCalendar;
import io.saola.crm.salesdata.ownership.IdempotencyKeys;
import io.saola.crm.salesdata.ownership.Ownership;
import io.saola.crm.salesdata.pricing.application.DocumentPricing;
import io.saola.crm.salesdata.pricing.application.DocumentPricing.PricedLines;
import io.saola.crm.salesdata.pricing.domain.LineRequest;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.quote.domain.QuoteTerms;
import io.saola.crm.salesdata.quote.persistence.MongoQuotes;
import io.saola.crm.salesdata.workspace.ActiveWorkspaces;

/** Quoting: drafting, editing, sending, accepting, rejecting and revising quotes. */
@Service
public class Quoting {

    private final MongoQuotes quotes;
    private final DocumentPricing pricing;
    private final ActiveWorkspaces activeWorkspaces;
    private final Access access;
    private final BusinessCalendar calendar;

    Quoting(MongoQuotes quotes, DocumentPricing pricing, ActiveWorkspaces activeWorkspaces, Access access,
            BusinessCalendar calendar) {
        this.quotes = quotes;
        this.pricing = pricing;
        this.activeWorkspaces = activeWorkspaces;
        this.access = access;
        this.calendar = calendar;
    }

    /** A quote as a seller fills it in. */
    public record Draft(QuoteTerms terms, String currency, List<LineRequest> lines, String ownerId, String teamId) {
    }

    /**
     * Drafts a quote under the next number of the year. Everything is checked first; only a valid quote takes a
     * number, so a refused request leaves no trace and no gap. With an {@code idempotencyKey}, a repeated request
     * answers the quote the first one made (see {@link IdempotencyKeys}).
     */
    public Quote draft(WorkspaceMember member, Draft draft, String idempotencyKey) {
        String id = IdempotencyKeys.recordId("quote", member, idempotencyKey);
        var replayed = quotes.find(id);
        if (replayed.isPresent()) {
            access.requireOn(member, RecordType.QUOTE, Action.READ, replayed.get(), id);
            return replayed.get();
        }
        Ownership owner = Ownership.of(member, draft.ownerId(), draft.teamId());
        access.requireAssignable(member, RecordType.QUOTE, Action.CREATE, owner.ownerId(), owner.teamId());
        var today = calendar.today();
        PricedLines priced = pricing.price(draft.lines(), draft.terms().priceBookId(), draft.currency(), today);
        Quote.checkTerms(draft.terms(), today);
        pricing.markUsed(priced);
        activeWorkspaces.recordCurrent();
        try {
            return quotes.insertNumbered(today.getYear(), number -> Quote.draft(id, number, draft.terms(),
                    priced.currency(), priced.lines(), owner.ownerId(), owner.teamId(), today, calendar.now()),
                    calendar.now());
        } catch (DuplicateKeyException sameKeyAtTheSameMoment) {
            return quotes.find(id).orElseThrow(() -> sameKeyAtTheSameMoment);
        }
    }

    public Quote edit(WorkspaceMember member, String id, Long expectedVersion, Draft draft) {
        Quote current = get(member, id, Action.UPDATE);
        requireVersion(current, expectedVersion);
        var today = calendar.today();
        PricedLines priced = pricing.price(draft.lines(), draft.terms().priceBookId(), draft.currency(), today);
        Quote edited = current.edit(draft.terms(), priced.currency(), priced.lines(), today);
        pricing.markUsed(priced);
        return quotes.save(edited, List.of(), calendar.now());
    }

    public Quote send(WorkspaceMember member, String id, Long expectedVersion) {
        Quote current = get(member, id, Action.UPDATE);
        requireVersion(current, expectedVersion);
        Quote.Change sent = current.send(member.workspace().slug(), calendar.today(), calendar.now());
        return quotes.save(sent.quote(), sent.events(), calendar.now());
    }

    public Quote accept(WorkspaceMember member, String id, Long expectedVersion) {
        Quote current = get(member, id, Action.UPDATE);
        requireVersion(current, expectedVersion);
        Quote.Change accepted = current.accept(member.workspace().slug(), calendar.today(), calendar.now());
        return quotes.save(accepted.quote(), accepted.events(), calendar.now());
    }

    public Quote reject(WorkspaceMember member, String id, Long expectedVersion, String reason) {
        Quote current = get(member, id, Action.UPDATE);
        requireVersion(current, expectedVersion);
        Quote.Change rejected = current.reject(reason, member.workspace().slug(), calendar.now());
        return quotes.save(rejected.quote(), rejected.events(), calendar.now());
    }

    /**
     * Makes a new revision of a sent, rejected or expired quote. Two writes without a transaction, ordered so a
     * crash between them is repaired by asking again: first the old revision records the new one's id (a
     * version-checked save, so it cannot race an acceptance), then the new revision is inserted under that id.
     * A retry finds the id recorded and the revision missing, and inserts it.
     */
    public Quote revise(WorkspaceMember member, String id) {
        Quote current = get(member, id, Action.UPDATE);
        access.require(member, RecordType.QUOTE, Action.CREATE);
        if (current.revisedById() != null && quotes.find(current.revisedById()).isEmpty()) {
            return quotes.insertRevision(current.nextRevision(current.revisedById(), calendar.now()),
                    calendar.now());
        }
        Quote.Revision revision = current.revise(UUID.randomUUID().toString(), calendar.now());
        quotes.save(revision.replaced(), List.of(), calendar.now());
        return quotes.insertRevision(revision.draft(), calendar.now());
    }

    /** A quote the member may read; 404 for one they may not even see. */
    public Quote get(WorkspaceMember member, String id) {
        return get(member, id, Action.READ);
    }

    public Page<Quote> list(WorkspaceMember member, String scope, ListRequest request) {
        AccessScope granted = access.listScope(member, RecordType.QUOTE, scope);
        return quotes.page(access.criteria(member, granted), request);
    }

    private Quote get(WorkspaceMember member, String id, Action action) {
        Quote quote = quotes.find(id).orElseThrow(() -> new RecordNotFoundException("quote", id));
        access.requireOn(member, RecordType.QUOTE, action, quote, id);
        return quote;
    }

    private static void requireVersion(Quote current, Long expectedVersion) {
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            throw new VersionConflictException("quote", current.id(), expectedVersion, current.version());
        }
    }
}
