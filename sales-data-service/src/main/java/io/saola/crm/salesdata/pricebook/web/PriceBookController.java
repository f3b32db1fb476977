package io.saola.crm.salesdata.pricebook.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import io.saola.crm.salesdata.api.MoneyAmount;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.pricebook.application.PriceBookManagement;
import io.saola.crm.salesdata.pricebook.domain.PriceBook;
import io.saola.crm.salesdata.pricebook.domain.PriceBookKind;
import io.saola.crm.salesdata.pricebook.domain.PriceEntry;
import io.saola.crm.salesdata.pricebook.persistence.MongoPriceBooks.StoredPriceBook;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.salesdata.web.MoneyInput;

@RestController
@RequestMapping("/api/price-books")
class PriceBookController {

    private final PriceBookManagement management;
    private final SavedListViews views;

    PriceBookController(PriceBookManagement management, SavedListViews views) {
        this.management = management;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<PriceBookView> create(@AuthenticationPrincipal WorkspaceMember member,
                                         @Valid @RequestBody PriceBookBody body) {
        StoredPriceBook stored = management.create(member, body.definition());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(stored.version()))
                .body(PriceBookView.of(stored));
    }

    @PutMapping("/{id}")
    ResponseEntity<PriceBookView> change(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody PriceBookBody body) {
        StoredPriceBook current = management.get(member, id);
        IfMatch.check(ifMatch, "price book", id, current.version());
        StoredPriceBook stored = management.change(member, id, current.version(), body.definition());
        return ResponseEntity.ok().eTag(IfMatch.etag(stored.version())).body(PriceBookView.of(stored));
    }

    @GetMapping("/{id}")
    ResponseEntity<PriceBookView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        StoredPriceBook stored = management.get(member, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(stored.version())).body(PriceBookView.of(stored));
    }

    /** The one price lookup: {@code GET /api/price-books/{id}/price?productId=..&unit=..&date=2026-06-15}. */
    @GetMapping("/{id}/price")
    PriceView price(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                    @RequestParam String productId, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Money price = management.priceOf(member, id, productId, unit, date);
        return new PriceView(id, productId, unit, date, new MoneyAmount(price.amount(), price.currency()));
    }

    @GetMapping
    Page<PriceBookView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                             @RequestParam(required = false) String scope,
                             @RequestParam(required = false) String savedFilter) {
        ChosenView view = views.choose(member, "price-books", savedFilter, request, scope);
        return management.list(member, view.scope(), view.request()).map(PriceBookView::of);
    }

    record EntryBody(@NotBlank String productId, @NotBlank @Size(max = 20) String unit,
                     @NotNull @Valid MoneyInput price) {
    }

    record PriceBookBody(@NotBlank @Size(max = 200) String name, PriceBookKind kind,
                         @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as VND") String currency,
                         LocalDate validFrom, LocalDate validTo, Boolean active,
                         @Size(max = PriceBook.MAX_ENTRIES) List<@Valid @NotNull EntryBody> entries) {

        PriceBookManagement.Definition definition() {
            String bookCurrency = currency == null ? Money.DEFAULT_CURRENCY : currency;
            List<PriceEntry> priced = entries == null ? List.of() : entries.stream()
                    .map(entry -> new PriceEntry(entry.productId(), entry.unit(), entry.price().toMoney(bookCurrency)))
                    .toList();
            return new PriceBookManagement.Definition(name, kind, bookCurrency, validFrom, validTo,
                    active == null || active, priced);
        }
    }

    record EntryView(String productId, String unit, MoneyAmount price) {
    }

    record PriceView(String priceBookId, String productId, String unit, LocalDate date, MoneyAmount price) {
    }

    record PriceBookView(String id, String name, PriceBookKind kind, String currency, LocalDate validFrom,
                         LocalDate validTo, boolean active, List<EntryView> entries, long version) {

        static PriceBookView of(StoredPriceBook stored) {
            PriceBook book = stored.book();
            return new PriceBookView(book.id(), book.name(), book.kind(), book.currency(), book.validFrom(),
                    book.validTo(), book.active(), book.entries().stream().map(entry -> new EntryView(
                            entry.productId(), entry.unit(),
                            new MoneyAmount(entry.price().amount(), entry.price().currency()))).toList(),
                    stored.version() == null ? 0 : stored.version());
        }
    }
}
