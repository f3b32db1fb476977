package io.saola.crm.salesdata.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.saola.crm.platform.access.OwnedRecord;
import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.salesdata.api.MoneyAmount;
import io.saola.crm.salesdata.api.OrderCancelled;
import io.saola.crm.salesdata.api.OrderConfirmed;
import io.saola.crm.salesdata.api.OrderFulfilled;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.pricing.domain.DocumentTotals;
import io.saola.crm.salesdata.pricing.domain.SalesLine;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.quote.domain.QuoteStatus;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.rules.StatusChangeRefused;

/**
 * An order (Đơn hàng): made from an accepted quote (its lines and totals copied as they were accepted) or entered
 * directly.
 *
 * @param version stored version, null before the first save
 */
public record Order(String id, DocumentNumber number, String quoteId, String accountId, String contactId,
                    String opportunityId, String currency, List<SalesLine> lines, DocumentTotals totals,
                    OrderStatus status, String reason, String ownerId, String teamId, Instant createdAt,
                    Instant changedAt, Long version) implements OwnedRecord {

    static final String TYPE = "order";

    public Order {
        lines = List.copyOf(lines);
    }

    public record Change(Order order, List<DomainEvent> events) {
    }

    public static Order direct(String id, DocumentNumber number, String accountId, String contactId,
                               String opportunityId, String currency, List<SalesLine> lines, String ownerId,
                               String teamId, Instant now) {
        if (accountId == null || accountId.isBlank()) {
            throw BusinessRuleViolation.of("accountId", "must not be blank");
        }
        if (lines.isEmpty()) {
            throw BusinessRuleViolation.of("lines", "an order needs at least one line");
        }
        return new Order(id, number, null, accountId, contactId, opportunityId, currency, lines,
                DocumentTotals.of(lines, currency), OrderStatus.DRAFT, null, ownerId, teamId, now, now, null);
    }

    /** An order for an accepted quote: same account, lines and totals, owned like the quote. */
    public static Order fromQuote(String id, DocumentNumber number, Quote quote, Instant now) {
        checkOrderable(quote);
        return new Order(id, number, quote.id(), quote.terms().accountId(), quote.terms().contactId(),
                quote.terms().opportunityId(), quote.currency(), quote.lines(), quote.totals(), OrderStatus.DRAFT,
                null, quote.ownerId(), quote.teamId(), now, now, null);
    }

    /** Only an accepted quote becomes an order (409 otherwise). */
    public static void checkOrderable(Quote quote) {
        if (quote.status() != QuoteStatus.ACCEPTED) {
            throw new StatusChangeRefused("quote", quote.id(), quote.status(), "ORDERED", "Quote "
                    + quote.number() + " is " + quote.status() + "; only an accepted quote becomes an order.");
        }
    }

    public Change confirm(String workspace, Instant now) {
        Order confirmed = moveTo(OrderStatus.CONFIRMED, null, now);
        return new Change(confirmed, List.of(new OrderConfirmed(UUID.randomUUID(), workspace, id, nextVersion(), now,
                number.text(), quoteId, accountId, contactId, opportunityId, ownerId, teamId, total())));
    }

    public Change fulfil(String workspace, Instant now) {
        Order fulfilled = moveTo(OrderStatus.FULFILLED, null, now);
        return new Change(fulfilled, List.of(new OrderFulfilled(UUID.randomUUID(), workspace, id, nextVersion(), now,
                number.text(), quoteId, accountId, contactId, opportunityId, ownerId, teamId, total())));
    }

    public Change cancel(String why, String workspace, Instant now) {
        Order cancelled = moveTo(OrderStatus.CANCELLED, why, now);
        return new Change(cancelled, List.of(new OrderCancelled(UUID.randomUUID(), workspace, id, nextVersion(), now,
                number.text(), quoteId, accountId, contactId, opportunityId, ownerId, teamId, total(), why)));
    }

    private Order moveTo(OrderStatus next, String why, Instant now) {
        if (!status.canBecome(next)) {
            throw new StatusChangeRefused(TYPE, id, status, next);
        }
        return new Order(id, number, quoteId, accountId, contactId, opportunityId, currency, lines, totals, next, why,
                ownerId, teamId, createdAt, now, version);
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private MoneyAmount total() {
        return new MoneyAmount(totals.total().amount(), totals.total().currency());
    }
}
