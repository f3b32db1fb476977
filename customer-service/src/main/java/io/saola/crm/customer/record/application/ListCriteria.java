package io.saola.crm.customer.record.application;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.customer.record.domain.TimeWindow;
import io.saola.crm.customer.search.domain.SearchKeys;

/**
 * The conditions lists add to the caller's access scope: live or deleted records, a search over the stored
 * search keys (every typed word an anchored prefix of some key, which an index on the keys serves), and a time
 * window on one date field.
 */
public final class ListCriteria {

    public static final String SEARCH_KEYS = "searchKeys";
    public static final String DELETED_AT = "deletedAt";

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
        if (query == null || query.isBlank()) {
            return null;
        }
        List<String> prefixes = SearchKeys.prefixesOf(query);
        if (prefixes.isEmpty()) {
            return null;
        }
        List<Criteria> each = new ArrayList<>();
        for (String prefix : prefixes.subList(0, Math.min(prefixes.size(), 8))) {
            each.add(Criteria.where(SEARCH_KEYS).regex("^" + escape(prefix)));
        }
        return all(each);
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

    /**
     * Live records with the same e-mail (field {@code email}) or any of the same phone numbers (field
     * {@code phoneKeys}), other than {@code exceptId}; null when there is nothing to compare.
     */
    public static Criteria sameEmailOrPhone(String email, List<String> phones, String exceptId) {
        List<Criteria> either = new ArrayList<>();
        if (email != null) {
            either.add(Criteria.where("email").is(email));
        }
        List<String> numbers = phones.stream().filter(phone -> phone != null).distinct().toList();
        if (!numbers.isEmpty()) {
            either.add(Criteria.where("phoneKeys").in(numbers));
        }
        if (either.isEmpty()) {
            return null;
        }
        List<Criteria> parts = new ArrayList<>();
        parts.add(either.size() == 1 ? either.get(0) : new Criteria().orOperator(either));
        parts.add(deleted(false));
        if (exceptId != null) {
            parts.add(Criteria.where("_id").ne(exceptId));
        }
        return all(parts);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}-/".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
