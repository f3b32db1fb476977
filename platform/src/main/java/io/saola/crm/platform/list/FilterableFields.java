package io.saola.crm.platform.list;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whitelist of one list endpoint: only these fields may appear in its filters and sorts, whatever a client
 * sends. The workspace field can never be listed: scoping by workspace is the platform's job, not a filter's.
 */
public final class FilterableFields {

    static final String TENANT_PATH = "tenantId";

    private final Map<String, FilterableField> byName;
    private final String defaultSort;

    private FilterableFields(Map<String, FilterableField> byName, String defaultSort) {
        this.byName = byName;
        this.defaultSort = defaultSort;
    }

    public static FilterableFields of(FilterableField... fields) {
        return of(List.of(fields));
    }

    public static FilterableFields of(Collection<FilterableField> fields) {
        Map<String, FilterableField> byName = new LinkedHashMap<>();
        for (FilterableField field : fields) {
            String path = field.path();
            if (path.equals(TENANT_PATH) || path.startsWith(TENANT_PATH + ".")) {
                throw new IllegalArgumentException("The workspace field cannot be filterable: " + field.name());
            }
            if (byName.putIfAbsent(field.name(), field) != null) {
                throw new IllegalArgumentException("Field declared twice: " + field.name());
            }
        }
        return new FilterableFields(Collections.unmodifiableMap(byName), "");
    }

    /**
     * The sort used when a request names none, in the same syntax as the {@code sort} parameter, e.g.
     * {@code "-createdAt"}. Without one, lists are ordered by record id only.
     */
    public FilterableFields withDefaultSort(String sort) {
        SortSpec.parse(sort, this);
        return new FilterableFields(byName, sort == null ? "" : sort);
    }

    public Optional<FilterableField> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<FilterableField> all() {
        return byName.values();
    }

    public String defaultSort() {
        return defaultSort;
    }

    /** A declared name that differs only in case, to suggest when a client gets the case wrong. */
    Optional<String> similarName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return byName.keySet().stream().filter(known -> known.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
