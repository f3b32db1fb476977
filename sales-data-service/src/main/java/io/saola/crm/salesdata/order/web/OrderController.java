package io.saola.crm.salesdata.order.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.salesdata.savedfilter.application.SavedListViews;
import io.saola.crm.platform.list.saved.SavedLists.ChosenView;
import io.saola.crm.salesdata.order.application.OrderManagement;
import io.saola.crm.salesdata.order.domain.Order;
import io.saola.crm.salesdata.order.domain.OrderStatus;
import io.saola.crm.salesdata.pricing.domain.LinePricing;
import io.saola.crm.salesdata.pricing.web.LineInput;
import io.saola.crm.salesdata.pricing.web.LineViews;
import io.saola.crm.salesdata.pricing.web.LineViews.LineView;
import io.saola.crm.salesdata.pricing.web.LineViews.TotalsView;
import io.saola.crm.salesdata.ownership.IdempotencyKeys;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.salesdata.web.ReasonBody;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderManagement orders;
    private final SavedListViews views;

    OrderController(OrderManagement orders, SavedListViews views) {
        this.orders = orders;
        this.views = views;
    }

    /** {@code {"quoteId": ...}} for the order of an accepted quote; otherwise an order entered with its lines. */
    @PostMapping
    ResponseEntity<OrderView> create(@AuthenticationPrincipal WorkspaceMember member,
                                     @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                                     String idempotencyKey, @Valid @RequestBody OrderBody body) {
        Order order = body.quoteId() != null ? orders.fromQuote(member, body.quoteId())
                : orders.direct(member, body.direct(), idempotencyKey);
        return respond(HttpStatus.CREATED, order);
    }

    @PostMapping("/{id}/confirm")
    ResponseEntity<OrderView> confirm(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(HttpStatus.OK, orders.confirm(member, id, checked(member, id, ifMatch)));
    }

    @PostMapping("/{id}/fulfil")
    ResponseEntity<OrderView> fulfil(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(HttpStatus.OK, orders.fulfil(member, id, checked(member, id, ifMatch)));
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<OrderView> cancel(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody(required = false) ReasonBody body) {
        return respond(HttpStatus.OK, orders.cancel(member, id, checked(member, id, ifMatch), ReasonBody.of(body)));
    }

    @GetMapping("/{id}")
    ResponseEntity<OrderView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return respond(HttpStatus.OK, orders.get(member, id));
    }

    @GetMapping
    Page<OrderView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                         @RequestParam(required = false) String scope,
                         @RequestParam(required = false) String savedFilter) {
        ChosenView view = views.choose(member, "orders", savedFilter, request, scope);
        return orders.list(member, view.scope(), view.request()).map(OrderView::of);
    }

    private Long checked(WorkspaceMember member, String id, String ifMatch) {
        Order current = orders.get(member, id);
        IfMatch.check(ifMatch, "order", id, current.version());
        return current.version();
    }

    private static ResponseEntity<OrderView> respond(HttpStatus status, Order order) {
        return ResponseEntity.status(status).eTag(IfMatch.etag(order.version())).body(OrderView.of(order));
    }

    record OrderBody(String quoteId, String accountId, String contactId, String opportunityId, String priceBookId,
                     @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as VND") String currency,
                     @Size(max = LinePricing.MAX_LINES) List<@Valid @NotNull LineInput> lines, String ownerId,
                     String teamId) {

        OrderManagement.DirectOrder direct() {
            return new OrderManagement.DirectOrder(accountId, contactId, opportunityId, priceBookId, currency,
                    lines == null ? List.of() : lines.stream().map(LineInput::toRequest).toList(), ownerId, teamId);
        }
    }

    record OrderView(String id, String number, OrderStatus status, String reason, String quoteId, String accountId,
                     String contactId, String opportunityId, String currency, List<LineView> lines,
                     TotalsView totals, String ownerId, String teamId, Instant createdAt, Instant updatedAt,
                     long version) {

        static OrderView of(Order order) {
            return new OrderView(order.id(), order.number().text(), order.status(), order.reason(), order.quoteId(),
                    order.accountId(), order.contactId(), order.opportunityId(), order.currency(),
                    LineViews.lines(order.lines()), LineViews.totals(order.totals()), order.ownerId(),
                    order.teamId(), order.createdAt(), order.changedAt(), order.version() == null ? 0
                    : order.version());
        }
    }
}
