package io.saola.crm.platform.list;

import java.util.function.Function;

/**
 * What a client asked of a list endpoint, as received: {@code filter}, {@code sort}, {@code cursor},
 * {@code limit} and the free-text {@code q}, which each endpoint interprets itself (typically a prefix match on
 * normalised name fields). Checked against an endpoint's fields by {@link ListQuery#of}.
 */
public record ListRequest(String filter, String sort, String cursor, Integer limit, String q) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static final String FILTER = "filter";
    public static final String SORT = "sort";
    public static final String CURSOR = "cursor";
    public static final String LIMIT = "limit";
    public static final String QUERY = "q";

    public static ListRequest firstPage() {
        return new ListRequest(null, null, null, null, null);
    }

    /** Reads the standard parameters through {@code parameter} (e.g. {@code request::getParameter}). */
    public static ListRequest from(Function<String, String> parameter) {
        return new ListRequest(blankToNull(parameter.apply(FILTER)), blankToNull(parameter.apply(SORT)),
                blankToNull(parameter.apply(CURSOR)), limit(parameter.apply(LIMIT)),
                blankToNull(parameter.apply(QUERY)));
    }

    public ListRequest withCursor(String nextCursor) {
        return new ListRequest(filter, sort, nextCursor, limit, q);
    }

    /** The page size: {@value #DEFAULT_LIMIT} when absent, at most {@value #MAX_LIMIT}. */
    public int effectiveLimit() {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1) {
            throw InvalidListQueryException.of(LIMIT, null, "limit must be between 1 and " + MAX_LIMIT);
        }
        return Math.min(limit, MAX_LIMIT);
    }

    private static Integer limit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidListQueryException.of(LIMIT, null, "limit must be a whole number between 1 and "
                    + MAX_LIMIT);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
