package io.saola.crm.salesdata.savedfilter.application;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.saved.SavedFilter;
import io.saola.crm.platform.list.saved.SavedFilterDraft;
import io.saola.crm.platform.list.saved.SavedFilters;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.salesdata.contract.persistence.MongoContracts;
import io.saola.crm.salesdata.order.persistence.MongoOrders;
import io.saola.crm.salesdata.pricebook.persistence.MongoPriceBooks;
import io.saola.crm.salesdata.product.persistence.MongoProducts;
import io.saola.crm.salesdata.quote.persistence.MongoQuotes;
import io.saola.crm.salesdata.unit.persistence.MongoUnitGroups;

/**
 * The saved filters of this service's lists, and how a list request takes one up: its filter combined with the
 * request's, its sort and search where the request has none, and its {@code scope} option where the request
 * gives none. Only members who may read a list keep filters for it.
 */
@Service
public class SavedListViews {

    public static final String SCOPE = "scope";

    private static final Map<String, ListSpec> LISTS = Map.of(
            "products", new ListSpec(RecordType.PRODUCT, MongoProducts.FIELDS),
            "unit-groups", new ListSpec(RecordType.UNIT_GROUP, MongoUnitGroups.FIELDS),
            "price-books", new ListSpec(RecordType.PRICE_BOOK, MongoPriceBooks.FIELDS),
            "quotes", new ListSpec(RecordType.QUOTE, MongoQuotes.FIELDS),
            "orders", new ListSpec(RecordType.ORDER, MongoOrders.FIELDS),
            "contracts", new ListSpec(RecordType.CONTRACT, MongoContracts.FIELDS));

    private final SavedFilters filters;
    private final Access access;

    SavedListViews(SavedFilters filters, Access access) {
        this.filters = filters;
        this.access = access;
    }

    /** A list request after its saved filter (if any) was applied, and the scope it runs with. */
    public record ChosenView(ListRequest request, String scope) {
    }

    public SavedFilter create(WorkspaceMember member, String list, SavedFilterDraft draft) {
        return filters.create(member, list, readable(member, list).fields(), draft);
    }

    public List<SavedFilter> visibleTo(WorkspaceMember member, String list) {
        readable(member, list);
        return filters.visibleTo(member, list);
    }

    public SavedFilter get(WorkspaceMember member, String list, String id) {
        readable(member, list);
        return filters.get(member, list, id);
    }

    public SavedFilter update(WorkspaceMember member, String list, String id, Long expectedVersion,
                              SavedFilterDraft draft) {
        return filters.update(member, list, readable(member, list).fields(), id, expectedVersion, draft);
    }

    public void delete(WorkspaceMember member, String list, String id) {
        readable(member, list);
        filters.delete(member, list, id);
    }

    /** {@code request} and {@code scope} as the saved filter {@code savedFilterId} (when given) shapes them. */
    public ChosenView choose(WorkspaceMember member, String list, String savedFilterId, ListRequest request,
                             String scope) {
        if (savedFilterId == null || savedFilterId.isBlank()) {
            return new ChosenView(request, scope);
        }
        SavedFilter saved = get(member, list, savedFilterId);
        return new ChosenView(SavedFilters.apply(saved, request),
                scope != null && !scope.isBlank() ? scope : saved.options().get(SCOPE));
    }

    private ListSpec readable(WorkspaceMember member, String list) {
        ListSpec spec = LISTS.get(list);
        if (spec == null) {
            throw new RecordNotFoundException("list", list);
        }
        access.require(member, spec.type(), Action.READ);
        return spec;
    }

    private record ListSpec(RecordType type, FilterableFields fields) {
    }
}
