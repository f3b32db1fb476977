package io.saola.crm.salesdata.quote.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
import io.saola.crm.salesdata.pricing.domain.LinePricing;
import io.saola.crm.salesdata.pricing.web.LineInput;
import io.saola.crm.salesdata.pricing.web.LineViews;
import io.saola.crm.salesdata.pricing.web.LineViews.LineView;
import io.saola.crm.salesdata.pricing.web.LineViews.TotalsView;
import io.saola.crm.salesdata.quote.application.Quoting;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.quote.domain.QuoteStatus;
import io.saola.crm.salesdata.quote.domain.QuoteTerms;
import io.saola.crm.salesdata.ownership.IdempotencyKeys;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.salesdata.web.ReasonBody;

@RestController
@RequestMapping("/api/quotes")
class QuoteController {

    private final Quoting quoting;
    private final SavedListViews views;
    private final QuotePdf pdf;

    QuoteController(Quoting quoting, QuotePdf pdf, SavedListViews views) {
        this.quoting = quoting;
        this.pdf = pdf;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<QuoteView> draft(@AuthenticationPrincipal WorkspaceMember member,
                                    @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
                                    String idempotencyKey, @Valid @RequestBody QuoteBody body) {
        return respond(HttpStatus.CREATED, quoting.draft(member, body.draft(), idempotencyKey));
    }

    @PutMapping("/{id}")
    ResponseEntity<QuoteView> edit(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   @Valid @RequestBody QuoteBody body) {
        return respond(HttpStatus.OK, quoting.edit(member, id, checked(member, id, ifMatch), body.draft()));
    }

    @PostMapping("/{id}/send")
    ResponseEntity<QuoteView> send(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(HttpStatus.OK, quoting.send(member, id, checked(member, id, ifMatch)));
    }

    @PostMapping("/{id}/accept")
    ResponseEntity<QuoteView> accept(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return respond(HttpStatus.OK, quoting.accept(member, id, checked(member, id, ifMatch)));
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<QuoteView> reject(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody(required = false) ReasonBody body) {
        return respond(HttpStatus.OK, quoting.reject(member, id, checked(member, id, ifMatch), ReasonBody.of(body)));
    }

    /** Changing a sent quote: a new DRAFT revision with the same number. */
    @PostMapping("/{id}/revisions")
    ResponseEntity<QuoteView> revise(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return respond(HttpStatus.CREATED, quoting.revise(member, id));
    }

    @GetMapping("/{id}")
    ResponseEntity<QuoteView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return respond(HttpStatus.OK, quoting.get(member, id));
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        Quote quote = quoting.get(member, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + quote.number().text()
                        + (quote.revision() > 1 ? "-R" + quote.revision() : "") + ".pdf\"")
                .body(pdf.render(quote));
    }

    @GetMapping
    Page<QuoteView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                         @RequestParam(required = false) String scope,
                         @RequestParam(required = false) String savedFilter) {
        ChosenView view = views.choose(member, "quotes", savedFilter, request, scope);
        return quoting.list(member, view.scope(), view.request()).map(QuoteView::of);
    }

    private Long checked(WorkspaceMember member, String id, String ifMatch) {
        Quote current = quoting.get(member, id);
        IfMatch.check(ifMatch, "quote", id, current.version());
        return current.version();
    }

    private static ResponseEntity<QuoteView> respond(HttpStatus status, Quote quote) {
        return ResponseEntity.status(status).eTag(IfMatch.etag(quote.version())).body(QuoteView.of(quote));
    }

    record QuoteBody(@NotBlank String accountId, String contactId, String opportunityId, String priceBookId,
                     @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as VND") String currency,
                     @NotNull LocalDate validUntil, @Size(max = 4000) String notes,
                     @NotNull @Size(max = LinePricing.MAX_LINES) List<@Valid @NotNull LineInput> lines,
                     String ownerId, String teamId) {

        Quoting.Draft draft() {
            return new Quoting.Draft(new QuoteTerms(accountId, contactId, opportunityId, priceBookId, validUntil,
                    notes), currency, lines.stream().map(LineInput::toRequest).toList(), ownerId,
                    teamId);
        }
    }

    record QuoteView(String id, String number, int revision, String previousRevisionId, String revisedById,
                     QuoteStatus status, String reason, String accountId, String contactId, String opportunityId,
                     String priceBookId, String currency, LocalDate validUntil, String notes, List<LineView> lines,
                     TotalsView totals, String ownerId, String teamId, Instant createdAt, Instant sentAt,
                     Instant decidedAt, long version) {

        static QuoteView of(Quote quote) {
            QuoteTerms terms = quote.terms();
            return new QuoteView(quote.id(), quote.number().text(), quote.revision(), quote.previousRevisionId(),
                    quote.revisedById(), quote.status(), quote.reason(), terms.accountId(), terms.contactId(),
                    terms.opportunityId(), terms.priceBookId(), quote.currency(), terms.validUntil(), terms.notes(),
                    LineViews.lines(quote.lines()), LineViews.totals(quote.totals()), quote.ownerId(),
                    quote.teamId(), quote.createdAt(), quote.sentAt(), quote.decidedAt(),
                    quote.version() == null ? 0 : quote.version());
        }
    }
}
