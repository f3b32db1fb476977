package io.saola.crm.salesdata.pricebook.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;
import io.saola.crm.salesdata.BusinessCalendar;
import io.saola.crm.salesdata.api.PriceBookChanged;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.pricebook.domain.PriceBook;
import io.saola.crm.salesdata.pricebook.domain.PriceBookKind;
import io.saola.crm.salesdata.pricebook.domain.PriceEntry;
import io.saola.crm.salesdata.pricebook.persistence.MongoPriceBooks;
import io.saola.crm.salesdata.pricebook.persistence.MongoPriceBooks.StoredPriceBook;
import io.saola.crm.salesdata.product.domain.Product;
import io.saola.crm.salesdata.product.persistence.MongoProducts;
import io.saola.crm.salesdata.rules.BrokenRules;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.unit.domain.UnitGroup;
import io.saola.crm.salesdata.unit.persistence.MongoUnitGroups;

/** Keeping price books and answering "what does this product cost in this unit on this date in this book". */
@Service
public class PriceBookManagement {

    private final MongoPriceBooks books;
    private final MongoProducts products;
    private final MongoUnitGroups unitGroups;
    private final Access access;
    private final BusinessCalendar calendar;

    PriceBookManagement(MongoPriceBooks books, MongoProducts products, MongoUnitGroups unitGroups, Access access,
                        BusinessCalendar calendar) {
        this.books = books;
        this.products = products;
        this.unitGroups = unitGroups;
        this.access = access;
        this.calendar = calendar;
    }

    /** What a client may set on a book. */
    public record Definition(String name, PriceBookKind kind, String currency, LocalDate validFrom,
                             LocalDate validTo, boolean active, List<PriceEntry> entries) {
    }

    public StoredPriceBook create(WorkspaceMember member, Definition definition) {
        access.require(member, RecordType.PRICE_BOOK, Action.CREATE);
        PriceBook book = checked(UUID.randomUUID().toString(), definition);
        return books.insert(book, List.of(changed(book, 0, member)), calendar.now());
    }

    public StoredPriceBook change(WorkspaceMember member, String id, Long expectedVersion, Definition definition) {
        access.require(member, RecordType.PRICE_BOOK, Action.UPDATE);
        StoredPriceBook current = get(member, id);
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            throw new VersionConflictException("price book", id, expectedVersion, current.version());
        }
        Definition kept = new Definition(definition.name(), current.book().kind(), definition.currency(),
                definition.validFrom(), definition.validTo(), definition.active(), definition.entries());
        PriceBook book = checked(id, kept);
        return books.save(book, current.version(), List.of(changed(book, current.version() + 1, member)),
                calendar.now());
    }

    public StoredPriceBook get(WorkspaceMember member, String id) {
        access.require(member, RecordType.PRICE_BOOK, Action.READ);
        return books.find(id).orElseThrow(() -> new RecordNotFoundException("price book", id));
    }

    public Page<StoredPriceBook> list(WorkspaceMember member, String scope, ListRequest request) {
        access.listScope(member, RecordType.PRICE_BOOK, scope);
        return books.page(request);
    }

    /** The price of one {@code unit} of a product on {@code date} in a book (see {@link PriceBook#priceOf}). */
    public Money priceOf(WorkspaceMember member, String bookId, String productId, String unit, LocalDate date) {
        PriceBook book = get(member, bookId).book();
        Product product = products.find(productId)
                .orElseThrow(() -> new RecordNotFoundException("product", productId));
        UnitGroup group = unitGroups.find(product.unitGroupId()).orElseThrow().group();
        String asked = unit == null ? product.unit() : unit;
        if (!group.has(asked)) {
            throw BusinessRuleViolation.of("unit", "'" + asked
                    + "' is not a unit of product '" + product.code() + "'");
        }
        return book.priceOf(productId, asked, date == null ? calendar.today() : date, group);
    }

    /** The book's own rules, plus: every entry names a live product and a unit of that product's group. */
    private PriceBook checked(String id, Definition definition) {
        PriceBook book = PriceBook.define(id, definition.name(), definition.kind() == null ? PriceBookKind.NAMED
                : definition.kind(), definition.currency(), definition.validFrom(), definition.validTo(),
                definition.active(), definition.entries());
        Set<String> productIds = book.entries().stream().map(PriceEntry::productId).collect(Collectors.toSet());
        Map<String, Product> known = new HashMap<>();
        products.findAll(productIds).forEach(product -> known.put(product.id(), product));
        Set<String> groupIds = new HashSet<>();
        known.values().forEach(product -> groupIds.add(product.unitGroupId()));
        Map<String, UnitGroup> groups = unitGroups.findAll(groupIds).stream()
                .collect(Collectors.toMap(UnitGroup::id, group -> group));
        BrokenRules broken = new BrokenRules();
        for (int i = 0; i < book.entries().size(); i++) {
            PriceEntry entry = book.entries().get(i);
            Product product = known.get(entry.productId());
            if (product == null) {
                broken.add("entries[" + i + "].productId", "no product '" + entry.productId() + "'");
            } else if (!groups.get(product.unitGroupId()).has(entry.unit())) {
                broken.add("entries[" + i + "].unit", "'" + entry.unit() + "' is not a unit of product '"
                        + product.code() + "'");
            }
        }
        broken.throwIfAny();
        return book;
    }

    private DomainEvent changed(PriceBook book, long version, WorkspaceMember member) {
        return new PriceBookChanged(UUID.randomUUID(), member.workspace().slug(), book.id(), version, calendar.now(),
                book.name(), book.kind().name(), book.currency(), book.validFrom(), book.validTo(), book.active(),
                book.entries().size());
    }
}
