package io.saola.crm.salesdata.order.application;

import java.nio.charset.StandardCharsets;
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
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;
import io.saola.crm.salesdata.BusinessCalendar;
import io.saola.crm.salesdata.order.domain.Order;
import io.saola.crm.salesdata.order.persistence.MongoOrders;
import io.saola.crm.salesdata.ownership.IdempotencyKeys;
import io.saola.crm.salesdata.ownership.Ownership;
import io.saola.crm.salesdata.pricing.application.DocumentPricing;
import io.saola.crm.salesdata.pricing.application.DocumentPricing.PricedLines;
import io.saola.crm.salesdata.pricing.domain.LineRequest;
import io.saola.crm.salesdata.quote.application.Quoting;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;

/** Taking orders: from accepted quotes or entered directly, then confirming, fulfilling or cancelling them. */
@Service
public class OrderManagement {

    private final MongoOrders orders;
    private final Quoting quoting;
    private final DocumentPricing pricing;
    private final Access access;
    private final BusinessCalendar calendar;

    OrderManagement(MongoOrders orders, Quoting quoting, DocumentPricing pricing, Access access,
                    BusinessCalendar calendar) {
        this.orders = orders;
        this.quoting = quoting;
        this.pricing = pricing;
        this.access = access;
        this.calendar = calendar;
    }

    /** An order entered without a quote. */
    public record DirectOrder(String accountId, String contactId, String opportunityId, String priceBookId,
                              String currency, List<LineRequest> lines, String ownerId, String teamId) {
    }

    /**
     * The order of an accepted quote, its lines copied. A quote has at most one order: its id is derived from the
     * quote's, so a second attempt (a retry, another instance) is a 409 duplicate, never a second order.
     */
    public Order fromQuote(WorkspaceMember member, String quoteId) {
        Quote quote = quoting.get(member, quoteId);
        access.requireAssignable(member, RecordType.ORDER, Action.CREATE, quote, quote.ownerId(), quote.teamId());
        String id = UUID.nameUUIDFromBytes(("order-of-quote:" + quote.id()).getBytes(StandardCharsets.UTF_8))
                .toString();
        if (orders.find(id).isPresent()) {
            throw new DuplicateRecordException("order", id, "Quote " + quote.number() + " already has an order.");
        }
        Order.checkOrderable(quote);
        return orders.insertNumbered(calendar.today().getYear(),
                number -> Order.fromQuote(id, number, quote, calendar.now()));
    }

    public Order direct(WorkspaceMember member, DirectOrder request, String idempotencyKey) {
        String id = IdempotencyKeys.recordId("order", member, idempotencyKey);
        var replayed = orders.find(id);
        if (replayed.isPresent()) {
            access.requireOn(member, RecordType.ORDER, Action.READ, replayed.get(), id);
            return replayed.get();
        }
        Ownership owner = Ownership.of(member, request.ownerId(), request.teamId());
        access.requireAssignable(member, RecordType.ORDER, Action.CREATE, owner.ownerId(), owner.teamId());
        if (request.accountId() == null || request.accountId().isBlank()) {
            throw BusinessRuleViolation.of("accountId", "must not be blank");
        }
        PricedLines priced = pricing.price(request.lines(), request.priceBookId(), request.currency(),
                calendar.today());
        if (priced.lines().isEmpty()) {
            throw BusinessRuleViolation.of("lines", "an order needs at least one line");
        }
        pricing.markUsed(priced);
        try {
            return orders.insertNumbered(calendar.today().getYear(), number -> Order.direct(id, number,
                    request.accountId(), request.contactId(), request.opportunityId(), priced.currency(),
                    priced.lines(), owner.ownerId(), owner.teamId(), calendar.now()));
        } catch (DuplicateKeyException sameKeyAtTheSameMoment) {
            return orders.find(id).orElseThrow(() -> sameKeyAtTheSameMoment);
        }
    }

    public Order confirm(WorkspaceMember member, String id, Long expectedVersion) {
        Order.Change confirmed = get(member, id, Action.UPDATE, expectedVersion)
                .confirm(member.workspace().slug(), calendar.now());
        return orders.save(confirmed.order(), confirmed.events());
    }

    public Order fulfil(WorkspaceMember member, String id, Long expectedVersion) {
        Order.Change fulfilled = get(member, id, Action.UPDATE, expectedVersion)
                .fulfil(member.workspace().slug(), calendar.now());
        return orders.save(fulfilled.order(), fulfilled.events());
    }

    public Order cancel(WorkspaceMember member, String id, Long expectedVersion, String reason) {
        Order.Change cancelled = get(member, id, Action.UPDATE, expectedVersion)
                .cancel(reason, member.workspace().slug(), calendar.now());
        return orders.save(cancelled.order(), cancelled.events());
    }

    public Order get(WorkspaceMember member, String id) {
        return get(member, id, Action.READ, null);
    }

    public Page<Order> list(WorkspaceMember member, String scope, ListRequest request) {
        AccessScope granted = access.listScope(member, RecordType.ORDER, scope);
        return orders.page(access.criteria(member, granted), request);
    }

    private Order get(WorkspaceMember member, String id, Action action, Long expectedVersion) {
        Order order = orders.find(id).orElseThrow(() -> new RecordNotFoundException("order", id));
        access.requireOn(member, RecordType.ORDER, action, order, id);
        if (expectedVersion != null && !expectedVersion.equals(order.version())) {
            throw new VersionConflictException("order", id, expectedVersion, order.version());
        }
        return order;
    }
}
