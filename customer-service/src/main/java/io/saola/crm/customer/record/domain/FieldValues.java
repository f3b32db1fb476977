package io.saola.crm.customer.record.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a record as text, in a fixed order, so that two states can be compared field by field for the
 * change history and the {@code changedFields} of update events.
 */
public final class FieldValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    public FieldValues put(String field, Object value) {
        String text = value == null ? null : String.valueOf(value);
        values.put(field, text == null || text.isEmpty() ? null : text);
        return this;
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** Every field whose value differs between {@code before} and {@code after}, in field order. */
    public static List<FieldChange> differences(FieldValues before, FieldValues after) {
        Set<String> fields = new LinkedHashSet<>(before.values.keySet());
        fields.addAll(after.values.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String from = before.values.get(field);
            String to = after.values.get(field);
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return changes;
    }

    /** Every field with a value, as changes from nothing: the history entry of a new record. */
    public static List<FieldChange> initial(FieldValues values) {
        return differences(new FieldValues(), values);
    }
}
