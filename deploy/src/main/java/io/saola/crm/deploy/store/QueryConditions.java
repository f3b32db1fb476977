package io.saola.crm.deploy.store;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The conditions of a query that every matching document must meet, per field: the top-level fields and those of
 * {@code $and}, recursively. Anything else ({@code $or}, {@code $nor}, {@code $in}, {@code $ne}, {@code $exists},
 * embedded documents, arrays, null; {@code $in} except on {@code _id}) is ignored here: ignoring a condition only widens the candidates, and the
 * library's matcher still checks each one against the whole query.
 */
final class QueryConditions {

    private static final int MAX_IDS = 1_000;

    private final Map<String, List<Object>> points = new LinkedHashMap<>();
    private final Map<String, List<KeyBound>> ranges = new LinkedHashMap<>();
    private final Map<String, List<KeyBound>> prefixes = new LinkedHashMap<>();
    private Collection<?> idSet;

    private QueryConditions() {
    }

    static QueryConditions of(Document query) {
        QueryConditions conditions = new QueryConditions();
        conditions.collect(query);
        return conditions;
    }

    private void collect(Document query) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("$and") && value instanceof Collection<?> all) {
                for (Object part : all) {
                    if (part instanceof Document conjunct) {
                        collect(conjunct);
                    }
                }
            } else if (!key.startsWith("$")) {
                condition(key, value);
            }
        }
    }

    private void condition(String field, Object value) {
        if (isScalar(value)) {
            points.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        } else if (BsonRegularExpression.isRegularExpression(value)) {
            BsonRegularExpression regex = BsonRegularExpression.convertToRegularExpression(value);
            KeyBound bound = prefixBound(regex.getPattern(), regex.getOptions());
            if (bound != null) {
                prefixes.computeIfAbsent(field, f -> new ArrayList<>()).add(bound);
            }
        } else if (value instanceof Document operators) {
            for (Map.Entry<String, Object> op : operators.entrySet()) {
                Object operand = op.getValue();
                switch (op.getKey()) {
                    case "$eq" -> {
                        if (isScalar(operand)) {
                            points.computeIfAbsent(field, f -> new ArrayList<>()).add(operand);
                        }
                    }
                    case "$gt", "$gte", "$lt", "$lte" -> {
                        if (isScalar(operand)) {
                            boolean lower = op.getKey().startsWith("$g");
                            boolean inclusive = op.getKey().endsWith("e");
                            ranges.computeIfAbsent(field, f -> new ArrayList<>()).add(lower
                                    ? new KeyBound(operand, inclusive, null, false)
                                    : new KeyBound(null, false, operand, inclusive));
                        }
                    }
                    case "$in" -> {
                        if (field.equals("_id") && operand instanceof Collection<?> values && idSet == null) {
                            idSet = values;
                        }
                    }
                    default -> {
                        // not used to narrow
                    }
                }
            }
        }
    }

    /** One equality a document must meet on the field, or null. */
    KeyBound point(String field) {
        List<Object> values = points.get(field);
        return values == null ? null : KeyBound.point(values.get(0));
    }

    /**
     * A range every matching document has a value in, or null. On a multikey index each condition may be met by a
     * different array element, so only one condition is used there (an anchored prefix first); otherwise they are
     * intersected.
     */
    KeyBound range(String field, boolean multikey) {
        List<KeyBound> all = new ArrayList<>(prefixes.getOrDefault(field, List.of()));
        all.addAll(ranges.getOrDefault(field, List.of()));
        if (all.isEmpty()) {
            return null;
        }
        if (multikey) {
            return all.get(0);
        }
        KeyBound result = all.get(0);
        for (int i = 1; i < all.size(); i++) {
            result = result.and(all.get(i));
        }
        return result;
    }

    /**
     * The ids when the query names documents by a plain {@code _id} (equality or a short {@code $in} of plain ids),
     * else null. Plain: strings, ObjectIds and UUIDs, which the store keys by the same value.
     */
    List<Object> plainIds() {
        List<Object> equal = points.get("_id");
        if (equal != null && isPlainId(equal.get(0))) {
            return List.of(equal.get(0));
        }
        if (idSet != null && idSet.size() <= MAX_IDS && idSet.stream().allMatch(QueryConditions::isPlainId)) {
            return new ArrayList<>(new LinkedHashSet<>(idSet));
        }
        return null;
    }

    private static boolean isPlainId(Object value) {
        return value instanceof String || value instanceof ObjectId || value instanceof UUID;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof UUID || value instanceof ObjectId || value instanceof Instant
                || value instanceof Date;
    }

    /**
     * For {@code ^literal...}: the strings starting with the literal, as the range [literal, literal with its last
     * character raised). Null when the pattern is not anchored, has an alternation, has no literal start, or uses
     * options that change what {@code ^} or the letters mean (i, m, x).
     */
    static KeyBound prefixBound(String pattern, String options) {
        if (pattern == null || !pattern.startsWith("^") || pattern.indexOf('|') >= 0) {
            return null;
        }
        if (options != null && (options.contains("i") || options.contains("m") || options.contains("x"))) {
            return null;
        }
        StringBuilder literal = new StringBuilder();
        for (int i = 1; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 >= pattern.length() || Character.isLetterOrDigit(pattern.charAt(i + 1))) {
                    break; // \d, \w, \Q ...: no longer a plain literal
                }
                literal.append(pattern.charAt(++i));
                continue;
            }
            if ("*?{".indexOf(c) >= 0) {
                if (!literal.isEmpty()) {
                    literal.setLength(literal.length() - 1); // the last character may be absent
                }
                break;
            }
            if (".[]()+$^".indexOf(c) >= 0) {
                break;
            }
            literal.append(c);
        }
        if (literal.isEmpty() || Character.isSurrogate(literal.charAt(literal.length() - 1))) {
            return null;
        }
        String low = literal.toString();
        char last = low.charAt(low.length() - 1);
        if (last == Character.MAX_VALUE) {
            return new KeyBound(low, true, null, false);
        }
        String high = low.substring(0, low.length() - 1) + (char) (last + 1);
        return new KeyBound(low, true, high, false);
    }
}
