package io.saola.crm.salesdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.index.CompoundIndex;

/**
 * Every query shape the service issues, with the declared index that serves it: equality fields first, then the
 * sort (or range) fields, all a prefix of one index that starts with the workspace. On real MongoDB these run as
 * index scans; the embedded store ignores non-unique indexes (see ARCHITECTURE.md), which is why this is
 * checked against the declarations.
 */
class QueryIndexesTest {

    private static final String BASE = "io.saola.crm.salesdata.";

    static Stream<Arguments> queryShapes() {
        return Stream.of(
                shape("product by code (unique)", "product.persistence.ProductDocument", "code"),
                shape("product list by name", "product.persistence.ProductDocument", "name", "_id"),
                shape("units in use of a group", "product.persistence.ProductDocument", "unitGroupId"),
                shape("unit group list by name", "unit.persistence.UnitGroupDocument", "name"),
                shape("one standard price book", "pricebook.persistence.PriceBookDocument", "slot"),
                shape("price book list by name", "pricebook.persistence.PriceBookDocument", "name", "_id"),
                shape("highest quote number of a year", "quote.persistence.QuoteDocument", "numberYear",
                        "numberSequence"),
                shape("quote revision is unique", "quote.persistence.QuoteDocument", "numberYear", "numberSequence",
                        "revision"),
                shape("quotes due to expire", "quote.persistence.QuoteDocument", "status", "validUntil"),
                shape("my quotes, newest first", "quote.persistence.QuoteDocument", "ownerId", "createdAt", "_id"),
                shape("all quotes, newest first", "quote.persistence.QuoteDocument", "createdAt", "_id"),
                shape("quotes of an account", "quote.persistence.QuoteDocument", "accountId", "createdAt"),
                shape("quotes with a product", "quote.persistence.QuoteDocument", "lines.product.productId"),
                shape("highest order number of a year", "order.persistence.OrderDocument", "numberYear",
                        "numberSequence"),
                shape("my orders, newest first", "order.persistence.OrderDocument", "ownerId", "createdAt", "_id"),
                shape("all orders, newest first", "order.persistence.OrderDocument", "createdAt", "_id"),
                shape("order of a quote", "order.persistence.OrderDocument", "quoteId"),
                shape("highest contract number of a year", "contract.persistence.ContractDocument", "numberYear",
                        "numberSequence"),
                shape("contracts due to expire", "contract.persistence.ContractDocument", "status", "endDate"),
                shape("my contracts, newest first", "contract.persistence.ContractDocument", "ownerId", "createdAt",
                        "_id"),
                shape("all contracts, newest first", "contract.persistence.ContractDocument", "createdAt", "_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryShapes")
    void isServedByADeclaredIndexThatStartsWithTheWorkspace(String query, String document, List<String> fields)
            throws Exception {
        List<List<String>> indexes = indexesOf(Class.forName(BASE + document));

        assertThat(indexes).allSatisfy(keys -> assertThat(keys.get(0)).isEqualTo("tenantId"));
        List<String> wanted = new ArrayList<>();
        wanted.add("tenantId");
        wanted.addAll(fields);
        assertThat(indexes).as(query).anySatisfy(keys -> assertThat(keys).startsWith(wanted.toArray(String[]::new)));
    }

    private static List<List<String>> indexesOf(Class<?> document) {
        return Arrays.stream(document.getAnnotationsByType(CompoundIndex.class))
                .map(index -> List.copyOf(new LinkedHashMap<>(Document.parse(index.def())).keySet())).toList();
    }

    private static Arguments shape(String query, String document, String... fields) {
        return Arguments.of(query, document, List.of(fields));
    }
}
