package io.saola.crm.platform.list;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A field a list endpoint lets clients filter (and maybe sort) on: the name clients use, the storage path it
 * maps to, its type, the operators it allows and, for enums, the allowed values. Immutable; the
 * {@code sortable()}, {@code at(...)} and {@code only(...)} methods return adjusted copies.
 */
public record FilterableField(String name, String path, FieldType type, Set<Operator> operators, boolean isSortable,
                              List<String> allowedValues) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    public FilterableField {
        Objects.requireNonNull(type, "type");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid field name: " + name);
        }
        if (path == null || path.isBlank() || path.startsWith("$") || path.contains("..")) {
            throw new IllegalArgumentException("Not a valid storage path for " + name + ": " + path);
        }
        operators = operators == null || operators.isEmpty()
                ? type.operators() : Set.copyOf(operators);
        for (Operator operator : operators) {
            if (!type.operators().contains(operator)) {
                throw new IllegalArgumentException(operator.keyword() + " does not apply to " + type + " field " + name);
            }
        }
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        if (type == FieldType.ENUM && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("Enum field " + name + " needs its allowed values");
        }
    }

    public static FilterableField string(String name) {
        return of(name, FieldType.STRING);
    }

    public static FilterableField number(String name) {
        return of(name, FieldType.NUMBER);
    }

    public static FilterableField decimal(String name) {
        return of(name, FieldType.DECIMAL);
    }

    public static FilterableField dateTime(String name) {
        return of(name, FieldType.DATE_TIME);
    }

    public static FilterableField date(String name) {
        return of(name, FieldType.DATE);
    }

    public static FilterableField bool(String name) {
        return of(name, FieldType.BOOLEAN);
    }

    public static FilterableField id(String name) {
        return of(name, FieldType.ID);
    }

    public static FilterableField enumeration(String name, Class<? extends Enum<?>> type) {
        return enumeration(name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    public static FilterableField enumeration(String name, Collection<String> allowedValues) {
        return new FilterableField(name, name, FieldType.ENUM, null, false, List.copyOf(allowedValues));
    }

    private static FilterableField of(String name, FieldType type) {
        return new FilterableField(name, name, type, null, false, null);
    }

    /** Stored under another path than the client-facing name, e.g. {@code id} at {@code _id}. */
    public FilterableField at(String storagePath) {
        return new FilterableField(name, storagePath, type, operators, isSortable, allowedValues);
    }

    public FilterableField sortable() {
        return new FilterableField(name, path, type, operators, true, allowedValues);
    }

    /** Allows only these operators (each must apply to the field's type). */
    public FilterableField only(Operator first, Operator... more) {
        EnumSet<Operator> allowed = EnumSet.of(first, more);
        return new FilterableField(name, path, type, allowed, isSortable, allowedValues);
    }

    public boolean allows(Operator operator) {
        return operators.contains(operator);
    }
}
