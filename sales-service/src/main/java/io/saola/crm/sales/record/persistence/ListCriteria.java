package io.saola.crm.sales.record.persistence;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.sales.contactdata.domain.SearchKeys;
import io.saola.crm.sales.record.domain.TimeWindow;

/**
 * The conditions lists add to the caller's access scope: live or deleted records, and a search where every typed
 * word is an anchored prefix of some stored search key (which an index on the keys serves), and a time window
 * on one date field.
 */
public final class ListCriteria {

    public static final String SEARCH_KEYS = "searchKeys";
    public static final String DELETED_AT = "deletedAt";
    private static final int MOST_WORDS = 8;

    private ListCriteria() {
    }

    public static Criteria all(List<Criteria> parts) {
        List<Criteria> present = new ArrayList<>();
        for (Criteria part : parts) {
            if (part != null && !part.getCriteriaObject().isEmpty()) {
                present.add(part);
            }
        }
        return switch (present.size()) {
            case 0 -> new Criteria();
            case 1 -> present.get(0);
            default -> new Criteria().andOperator(present);
        };
    }

    public static Criteria deleted(boolean deleted) {
        return deleted ? Criteria.where(DELETED_AT).ne(null) : Criteria.where(DELETED_AT).is(null);
    }

    /** Null when the query has nothing to search for. */
    public static Criteria search(String query) {
        List<String> prefixes = query == null ? List.of() : SearchKeys.prefixesOf(query);
        List<Criteria> each = new ArrayList<>();
        for (String prefix : prefixes.subList(0, Math.min(prefixes.size(), MOST_WORDS))) {
            each.add(Criteria.where(SEARCH_KEYS).regex("^" + Pattern.quote(prefix)));
        }
        return each.isEmpty() ? null : all(each);
    }

    /** Null when there is no window. */
    public static Criteria within(String field, TimeWindow window) {
        if (window == null) {
            return null;
        }
        Criteria criteria = Criteria.where(field);
        if (window.from() != null) {
            criteria = criteria.gte(Date.from(window.from()));
        }
        if (window.to() != null) {
            criteria = criteria.lt(Date.from(window.to()));
        }
        return criteria;
    }
}
