package io.saola.crm.platform.list;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.saola.crm.platform.list.InvalidListQueryException.ListQueryError;

/**
 * The order of a list, read from {@code sort=name,-createdAt} ({@code -} descending, {@code +} or nothing
 * ascending) over sortable whitelisted fields. Rows that tie on every field are ordered by record id, in the
 * direction of the last field (ascending when there is none), which keeps keyset pages exact; indexes should
 * end with the id in that direction.
 */
public record SortSpec(List<SortOrder> orders) {

    public static final int MAX_FIELDS = 5;
    public static final int MAX_LENGTH = 500;
    static final String PARAMETER = "sort";

    public SortSpec {
        orders = List.copyOf(orders);
    }

    public record SortOrder(FilterableField field, boolean descending) {
    }

    public static SortSpec parse(String text, FilterableFields fields) {
        if (text == null || text.isBlank()) {
            return new SortSpec(List.of());
        }
        if (text.length() > MAX_LENGTH) {
            throw InvalidListQueryException.of(PARAMETER, MAX_LENGTH, "sort is longer than " + MAX_LENGTH
                    + " characters");
        }
        List<SortOrder> orders = new ArrayList<>();
        List<ListQueryError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (String item : text.split(",", -1)) {
            int itemPosition = position + (item.length() - item.stripLeading().length());
            position += item.length() + 1;
            String name = item.strip();
            boolean descending = name.startsWith("-");
            if (descending || name.startsWith("+")) {
                name = name.substring(1);
            }
            if (name.isEmpty()) {
                errors.add(new ListQueryError(PARAMETER, itemPosition, "expected a field name"));
                continue;
            }
            Optional<FilterableField> field = fields.find(name);
            if (field.isEmpty() || !field.get().isSortable()) {
                String sortable = fields.all().stream().filter(FilterableField::isSortable)
                        .map(FilterableField::name).collect(Collectors.joining(", "));
                errors.add(new ListQueryError(PARAMETER, itemPosition, "cannot sort by '" + shorten(name)
                        + "'; sortable fields: " + (sortable.isEmpty() ? "none" : sortable)));
                continue;
            }
            if (!seen.add(name)) {
                errors.add(new ListQueryError(PARAMETER, itemPosition, "'" + name + "' appears twice"));
                continue;
            }
            orders.add(new SortOrder(field.get(), descending));
        }
        if (orders.size() > MAX_FIELDS) {
            errors.add(new ListQueryError(PARAMETER, 0, "sort by at most " + MAX_FIELDS + " fields"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidListQueryException(errors);
        }
        return new SortSpec(orders);
    }

    /** The direction ties are broken in, by record id. */
    public boolean idDescending() {
        return !orders.isEmpty() && orders.get(orders.size() - 1).descending();
    }

    /** A canonical text of this order, to which cursors are bound. */
    public String key() {
        return orders.stream().map(order -> (order.descending() ? "-" : "") + order.field().name())
                .collect(Collectors.joining(","));
    }

    public boolean isEmpty() {
        return orders.isEmpty();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
