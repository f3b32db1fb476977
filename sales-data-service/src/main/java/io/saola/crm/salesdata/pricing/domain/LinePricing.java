package io.saola.crm.salesdata.pricing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;
import io.saola.crm.salesdata.pricebook.domain.PriceBook;
import io.saola.crm.salesdata.product.domain.Product;
import io.saola.crm.salesdata.rules.BrokenRules;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.unit.domain.UnitGroup;

/**
 * Prices the lines of a document. The unit price of a line is, in this order: the seller's override; else the
 * price book's {@link PriceBook#priceOf price} when the document has a book; else the product's list price
 * converted to the line's unit. Every line is checked and all broken rules are reported together.
 */
public final class LinePricing {

    public static final int MAX_LINES = 500;
    /**
     * The largest unit price or line amount a document accepts (10^18 in any currency): far beyond any sale,
     * and well inside what the store keeps exactly (Decimal128, 34 digits).
     */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(18);

    private LinePricing() {
    }

    /**
     * The document's currency: the book's when there is one (a different {@code requested} currency is refused),
     * else {@code requested}, else VND.
     */
    public static String currencyOf(PriceBook book, String requested) {
        if (book == null) {
            if (requested != null && !Money.isCurrency(requested)) {
                throw BusinessRuleViolation.of("currency", "'" + requested + "' is not an ISO 4217 currency code");
            }
            return requested == null ? Money.DEFAULT_CURRENCY : requested;
        }
        if (requested != null && !requested.equals(book.currency())) {
            throw BusinessRuleViolation.of("currency", "must be the price book's currency " + book.currency()
                    + ", not " + requested);
        }
        return book.currency();
    }

    public static List<SalesLine> price(List<LineRequest> requests, Map<String, Product> products,
                                        Map<String, UnitGroup> groups, PriceBook book, String currency,
                                        LocalDate date) {
        BrokenRules broken = new BrokenRules();
        if (requests.size() > MAX_LINES) {
            broken.add("lines", "a document has at most " + MAX_LINES + " lines, not " + requests.size());
            broken.throwIfAny();
        }
        List<SalesLine> lines = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String field = "lines[" + i + "]";
            try {
                lines.add(line(requests.get(i), products, groups, book, currency, date));
            } catch (BusinessRuleViolation violation) {
                broken.addAll(violation, field);
            }
        }
        broken.throwIfAny();
        return lines;
    }

    private static SalesLine line(LineRequest request, Map<String, Product> products, Map<String, UnitGroup> groups,
                                  PriceBook book, String currency, LocalDate date) {
        BrokenRules broken = new BrokenRules();
        Product product = products.get(request.productId());
        if (product == null) {
            throw BusinessRuleViolation.of("productId", "no product '" + request.productId() + "'");
        }
        if (!product.active()) {
            broken.add("productId", "product '" + product.code() + "' is deactivated");
        }
        if (request.quantity() == null || request.quantity().signum() <= 0) {
            broken.add("quantity", "must be greater than 0");
        } else if (request.quantity().stripTrailingZeros().scale() > SalesLine.MAX_QUANTITY_SCALE) {
            broken.add("quantity", "may have at most " + SalesLine.MAX_QUANTITY_SCALE + " decimals");
        }
        UnitGroup group = groups.get(product.unitGroupId());
        String unit = request.unit() == null ? product.unit() : request.unit();
        if (group == null || !group.has(unit)) {
            broken.add("unit", "'" + unit + "' is not a unit of product '" + product.code() + "'");
        }
        Money override = request.overriddenPrice(currency);
        if (override != null) {
            if (override.isNegative()) {
                broken.add("unitPrice.amount", "must not be negative");
            }
            if (!override.currency().equals(currency)) {
                broken.add("unitPrice.currency", "must be the document's currency " + currency + ", not "
                        + override.currency());
            }
        }
        broken.throwIfAny();
        Money unitPrice = override != null ? override : bookPrice(product, unit, group, book, currency, date);
        Percentage discount = request.discount() == null ? Percentage.ZERO : request.discount();
        Percentage vat = request.vatRate() == null ? product.vatRate() : request.vatRate();
        SalesLine line = SalesLine.priced(new ProductSnapshot(product.id(), product.code(), product.name(),
                product.unitGroupId()), request.quantity(), unit, unitPrice, override != null, discount, vat);
        if (unitPrice.amount().compareTo(MAX_AMOUNT) > 0 || line.amounts().total().amount().compareTo(MAX_AMOUNT) > 0) {
            throw BusinessRuleViolation.of("quantity", "the line comes to more than " + MAX_AMOUNT.toPlainString()
                    + " " + currency + ", which no document accepts");
        }
        return line;
    }

    private static Money bookPrice(Product product, String unit, UnitGroup group, PriceBook book, String currency,
                                   LocalDate date) {
        if (book != null) {
            return book.priceOf(product.id(), unit, date, group);
        }
        if (!product.listPrice().currency().equals(currency)) {
            throw BusinessRuleViolation.of("productId", "product '" + product.code() + "' is listed in "
                    + product.listPrice().currency() + "; a " + currency + " document needs a price book or an "
                    + "overridden unit price");
        }
        return group.convertUnitPrice(product.listPrice(), product.unit(), unit);
    }
}
