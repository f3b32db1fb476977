package io.saola.crm.platform.list;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A parsed, checked filter: conditions on whitelisted fields combined with AND and OR. Values are already of
 * the field's Java type (String, Long/Double, BigDecimal, Instant, LocalDate, Boolean; null only for
 * {@code eq}/{@code ne}). Storage adapters translate it; nothing here knows a database.
 */
public sealed interface Filter permits Filter.And, Filter.Or, Filter.Condition {

    record And(List<Filter> operands) implements Filter {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("AND combines at least two filters");
            }
        }
    }

    record Or(List<Filter> operands) implements Filter {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("OR combines at least two filters");
            }
        }
    }

    record Condition(FilterableField field, Operator operator, List<Object> values) implements Filter {
        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        /** The single value of a one-value operator. */
        public Object value() {
            return values.isEmpty() ? null : values.get(0);
        }
    }
}
