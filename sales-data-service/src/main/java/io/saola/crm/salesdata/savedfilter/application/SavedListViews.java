package io.saola.crm.salesdata.savedfilter.application;

import java.util.Map;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.saved.SavedFilters;
import io.saola.crm.platform.list.saved.SavedLists;
import io.saola.crm.salesdata.contract.persistence.MongoContracts;
import io.saola.crm.salesdata.order.persistence.MongoOrders;
import io.saola.crm.salesdata.pricebook.persistence.MongoPriceBooks;
import io.saola.crm.salesdata.product.persistence.MongoProducts;
import io.saola.crm.salesdata.quote.persistence.MongoQuotes;
import io.saola.crm.salesdata.unit.persistence.MongoUnitGroups;

/** The saved filters of sales-data-service's lists. */
@Service
public class SavedListViews extends SavedLists {

    SavedListViews(SavedFilters filters, Access access) {
        super(filters, access, Map.of(
                "products", new Spec(RecordType.PRODUCT, MongoProducts.FIELDS),
                "unit-groups", new Spec(RecordType.UNIT_GROUP, MongoUnitGroups.FIELDS),
                "price-books", new Spec(RecordType.PRICE_BOOK, MongoPriceBooks.FIELDS),
                "quotes", new Spec(RecordType.QUOTE, MongoQuotes.FIELDS),
                "orders", new Spec(RecordType.ORDER, MongoOrders.FIELDS),
                "contracts", new Spec(RecordType.CONTRACT, MongoContracts.FIELDS)));
    }
}
