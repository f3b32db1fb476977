package io.saola.crm.platform.list.saved;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * The saved filters of one service's lists, and how a list request takes one up: its filter combined with the
 * request's, its sort, search and options where the request gives none. Only members who may read a list keep
 * filters for it. A service names its lists once, by extending this class as a bean:
 *
 * <pre>{@code
 * @Service
 * public class SavedViews extends SavedLists {
 *     SavedViews(SavedFilters filters, Access access) {
 *         super(filters, access, Map.of("leads", new SavedLists.Spec(RecordType.LEAD, LeadListFields.FIELDS)));
 *     }
 * }
 * }</pre>
 *
 * and exposes them with {@link SavedFilterEndpoints}.
 */
public class SavedLists {

    /** The option that carries a saved list's {@code scope}. */
    public static final String SCOPE = "scope";

    private final SavedFilters filters;
    private final Access access;
    private final Map<String, Spec> lists;

    protected SavedLists(SavedFilters filters, Access access, Map<String, Spec> lists) {
        this.filters = filters;
        this.access = access;
        this.lists = Map.copyOf(lists);
    }

    /** A list of the service: the record type whose READ permission it needs, and its filterable fields. */
    public record Spec(RecordType type, FilterableFields fields) {
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

    /** The saved filter a list request names, or empty when it names none. */
    public Optional<SavedFilter> chosen(WorkspaceMember member, String list, String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(get(member, list, id));
    }

    /** The request as a chosen saved filter shapes it (see {@link SavedFilters#apply}). */
    public static ListRequest apply(Optional<SavedFilter> saved, ListRequest request) {
        return saved.map(filter -> SavedFilters.apply(filter, request)).orElse(request);
    }

    /** {@code request} and {@code scope} as the saved filter {@code savedFilterId} (when given) shapes them. */
    public ChosenView choose(WorkspaceMember member, String list, String savedFilterId, ListRequest request,
                             String scope) {
        Optional<SavedFilter> saved = chosen(member, list, savedFilterId);
        if (saved.isEmpty()) {
            return new ChosenView(request, scope);
        }
        return new ChosenView(apply(saved, request),
                scope != null && !scope.isBlank() ? scope : saved.get().options().get(SCOPE));
    }

    private Spec readable(WorkspaceMember member, String list) {
        Spec spec = lists.get(list);
        if (spec == null) {
            throw new RecordNotFoundException("list", list);
        }
        access.require(member, spec.type(), Action.READ);
        return spec;
    }
}
