package io.saola.crm.platform.list.mongo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.platform.list.FieldType;
import io.saola.crm.platform.list.Filter;
import io.saola.crm.platform.list.FilterParser;
import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.platform.list.ListRequest;

/**
 * Translates a checked {@link Filter} into MongoDB criteria. Text searches ({@code contains},
 * {@code startsWith}) become case-insensitive regular expressions in which every character of the client's
 * text is literal, {@code startsWith} anchored at the start. Case-insensitive expressions cannot use index
 * bounds, so large lists should offer them only together with selective conditions, and serve free-text
 * search ({@code q}) from normalised lowercase fields instead. {@code isEmpty} on text matches a missing
 * field, null and ''.
 */
public final class MongoFilters {

    private static final String REGEX_METACHARACTERS = "\\^$.|?*+()[]{}-/#&~<>=!:,";

    private MongoFilters() {
    }

    public static Criteria toCriteria(Filter filter) {
        if (filter instanceof Filter.And and) {
            return new Criteria().andOperator(and.operands().stream().map(MongoFilters::toCriteria).toList());
        }
        if (filter instanceof Filter.Or or) {
            return new Criteria().orOperator(or.operands().stream().map(MongoFilters::toCriteria).toList());
        }
        return condition((Filter.Condition) filter);
    }

    private static Criteria condition(Filter.Condition condition) {
        if (condition.field().type() == FieldType.DECIMAL) {
            condition.values().forEach(value -> requireDecimal128(condition.field().name(), value));
        }
        Criteria field = Criteria.where(condition.field().path());
        boolean text = condition.field().type() == FieldType.STRING || condition.field().type() == FieldType.ID
                || condition.field().type() == FieldType.ENUM;
        return switch (condition.operator()) {
            case EQ -> field.is(value(condition.value()));
            case NE -> field.ne(value(condition.value()));
            case CONTAINS -> field.regex(literal((String) condition.value()), "i");
            case STARTS_WITH -> field.regex("^" + literal((String) condition.value()), "i");
            case IN -> field.in(values(condition.values()));
            case GT -> field.gt(value(condition.value()));
            case GTE -> field.gte(value(condition.value()));
            case LT -> field.lt(value(condition.value()));
            case LTE -> field.lte(value(condition.value()));
            case BETWEEN -> field.gte(value(condition.values().get(0))).lte(value(condition.values().get(1)));
            case IS_EMPTY -> text ? field.in(Arrays.asList(null, "")) : field.is(null);
            case IS_NOT_EMPTY -> text ? field.nin(Arrays.asList(null, "")) : field.ne(null);
        };
    }

    /** The text with every regular-expression metacharacter escaped, so it matches only itself. */
    static String literal(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (REGEX_METACHARACTERS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** The store compares decimals as Decimal128; one it cannot hold is the client's mistake, not a failure. */
    private static void requireDecimal128(String field, Object value) {
        if (value instanceof BigDecimal decimal) {
            try {
                new Decimal128(decimal);
            } catch (NumberFormatException inexact) {
                throw InvalidListQueryException.of(ListRequest.FILTER, null, "'" + field + "' holds at most "
                        + FilterParser.MAX_DECIMAL_DIGITS + " significant digits; found " + decimal.precision());
            }
        }
    }

    private static List<Object> values(List<Object> values) {
        List<Object> converted = new ArrayList<>(values.size());
        for (Object value : values) {
            converted.add(value(value));
        }
        return converted;
    }

    /** Instants as BSON dates; other values go through the template's converter like the entity's own fields. */
    private static Object value(Object value) {
        return value instanceof Instant instant ? Date.from(instant) : value;
    }
}
