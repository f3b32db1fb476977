package io.saola.crm.salesdata.pricing.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.saola.crm.salesdata.pricebook.domain.PriceBook;
import io.saola.crm.salesdata.pricebook.persistence.MongoPriceBooks;
import io.saola.crm.salesdata.pricing.domain.LinePricing;
import io.saola.crm.salesdata.pricing.domain.LineRequest;
import io.saola.crm.salesdata.pricing.domain.SalesLine;
import io.saola.crm.salesdata.product.domain.Product;
import io.saola.crm.salesdata.product.persistence.MongoProducts;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.unit.domain.UnitGroup;
import io.saola.crm.salesdata.unit.persistence.MongoUnitGroups;

/**
 * Prices the lines of a quote or an order from the stored catalogue (see {@link LinePricing}), and marks the
 * products a document is about to use so they can no longer be deleted.
 */
@Service
public class DocumentPricing {

    private final MongoProducts products;
    private final MongoUnitGroups unitGroups;
    private final MongoPriceBooks priceBooks;

    DocumentPricing(MongoProducts products, MongoUnitGroups unitGroups, MongoPriceBooks priceBooks) {
        this.products = products;
        this.unitGroups = unitGroups;
        this.priceBooks = priceBooks;
    }

    /** Priced lines in the document's currency. */
    public record PricedLines(String currency, List<SalesLine> lines) {

        public Set<String> productIds() {
            return lines.stream().map(line -> line.product().productId())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    public PricedLines price(List<LineRequest> requests, String priceBookId, String requestedCurrency,
                             LocalDate date) {
        if (requests.size() > LinePricing.MAX_LINES) {
            throw BusinessRuleViolation.of("lines", "a document has at most " + LinePricing.MAX_LINES
                    + " lines, not " + requests.size());
        }
        PriceBook book = priceBookId == null ? null : priceBooks.find(priceBookId)
                .map(MongoPriceBooks.StoredPriceBook::book)
                .orElseThrow(() -> BusinessRuleViolation.of("priceBookId", "no price book '" + priceBookId + "'"));
        String currency = LinePricing.currencyOf(book, requestedCurrency);
        Set<String> productIds = requests.stream().map(LineRequest::productId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, Product> known = new HashMap<>();
        products.findAll(productIds).forEach(product -> known.put(product.id(), product));
        Set<String> groupIds = known.values().stream().map(Product::unitGroupId).collect(Collectors.toSet());
        Map<String, UnitGroup> groups = unitGroups.findAll(groupIds).stream()
                .collect(Collectors.toMap(UnitGroup::id, group -> group));
        return new PricedLines(currency, LinePricing.price(requests, known, groups, book, currency, date));
    }

    /**
     * Marks the lines' products used, right before the document is written. A product deleted in between is
     * reported as unknown and the document is not written.
     */
    public void markUsed(PricedLines priced) {
        Set<String> ids = priced.productIds();
        if (!ids.isEmpty() && products.markUsed(ids) < ids.size()) {
            throw BusinessRuleViolation.of("lines", "a product of this document was deleted meanwhile");
        }
    }
}
