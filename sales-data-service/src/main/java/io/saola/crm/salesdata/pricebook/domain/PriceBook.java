package io.saola.crm.salesdata.pricebook.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.rules.BrokenRules;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.unit.domain.UnitGroup;

/**
 * A price book (Bảng giá): prices per product and unit in one currency, valid from one date to another (both
 * inclusive, either open). The standard book has no dates.
 */
public record PriceBook(String id, String name, PriceBookKind kind, String currency, LocalDate validFrom,
                        LocalDate validTo, boolean active, List<PriceEntry> entries) {

    public static final int MAX_ENTRIES = 2000;

    public PriceBook {
        entries = List.copyOf(entries);
    }

    /** A book checked for its rules; every entry must be priced in the book's currency. */
    public static PriceBook define(String id, String name, PriceBookKind kind, String currency, LocalDate validFrom,
                                   LocalDate validTo, boolean active, List<PriceEntry> entries) {
        BrokenRules broken = new BrokenRules();
        if (name == null || name.isBlank()) {
            broken.add("name", "must not be blank");
        }
        String bookCurrency = currency == null ? Money.DEFAULT_CURRENCY : currency;
        if (!Money.isCurrency(bookCurrency)) {
            broken.add("currency", "'" + currency + "' is not an ISO 4217 currency code");
        }
        if (kind == PriceBookKind.STANDARD && (validFrom != null || validTo != null)) {
            broken.add("validFrom", "the standard price book is always valid and has no dates");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            broken.add("validTo", "must not be before validFrom");
        }
        List<PriceEntry> given = entries == null ? List.of() : entries;
        if (given.size() > MAX_ENTRIES) {
            broken.add("entries", "a price book has at most " + MAX_ENTRIES + " entries");
            broken.throwIfAny();
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            PriceEntry entry = given.get(i);
            String field = "entries[" + i + "]";
            if (!keys.add(entry.productId() + "\u0000" + entry.unit())) {
                broken.add(field, "product '" + entry.productId() + "' has two prices for unit '" + entry.unit()
                        + "'");
            }
            if (entry.price().isNegative()) {
                broken.add(field + ".price.amount", "must not be negative");
            }
            if (!entry.price().currency().equals(bookCurrency)) {
                broken.add(field + ".price.currency", "must be the price book's currency " + bookCurrency
                        + ", not " + entry.price().currency());
            }
        }
        broken.throwIfAny();
        return new PriceBook(id, name.strip(), kind, bookCurrency, validFrom, validTo, active, given);
    }

    public boolean isValidOn(LocalDate date) {
        return active && (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /**
     * The price of one {@code unit} of a product on {@code date}: the one well-defined lookup every document uses.
     * <ol>
     *   <li>the book must be active and valid on the date, else the request is refused;</li>
     *   <li>an entry for the product in that very unit wins;</li>
     *   <li>else an entry for the product in another unit of its group is converted (first such entry in the
     *       book's order, so the answer never depends on storage order);</li>
     *   <li>else the product has no price in this book, and the request is refused.</li>
     * </ol>
     * There is no silent fallback to another book or to the list price: what a customer is quoted must be
     * traceable to one book.
     */
    public Money priceOf(String productId, String unit, LocalDate date, UnitGroup group) {
        if (!isValidOn(date)) {
            throw BusinessRuleViolation.of("priceBookId", "price book '" + name + "' is not valid on " + date);
        }
        Optional<PriceEntry> exact = entries.stream()
                .filter(entry -> entry.productId().equals(productId) && entry.unit().equals(unit)).findFirst();
        if (exact.isPresent()) {
            return exact.get().price();
        }
        return entries.stream()
                .filter(entry -> entry.productId().equals(productId) && group.has(entry.unit()) && group.has(unit))
                .findFirst()
                .map(entry -> group.convertUnitPrice(entry.price(), entry.unit(), unit))
                .orElseThrow(() -> BusinessRuleViolation.of("productId", "product '" + productId
                        + "' has no price in price book '" + name + "'"));
    }

    public boolean hasProduct(String productId) {
        return entries.stream().anyMatch(entry -> entry.productId().equals(productId));
    }
}
