package io.saola.crm.customer.transfer.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.saola.crm.customer.search.domain.PhoneNumbers;

/** The checks of one imported row; every failing column is reported, not only the first. */
final class RowChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CsvImports.Row row;
    private final List<ImportReport.RowError> errors = new ArrayList<>();

    RowChecks(CsvImports.Row row) {
        this.row = row;
    }

    String text(String column, boolean required, int maxLength) {
        String value = row.get(column);
        if (value == null) {
            if (required) {
                errors.add(row.error(column, "must not be blank"));
            }
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(row.error(column, "must be at most " + maxLength + " characters"));
        }
        return value;
    }

    String phone(String column) {
        String value = row.get(column);
        if (value != null && !PhoneNumbers.isValid(value)) {
            errors.add(row.error(column, "must be a valid phone number, e.g. 0912 345 678"));
            return null;
        }
        return value;
    }

    String email(String column) {
        String value = text(column, false, 254);
        if (value != null && !EMAIL.matcher(value).matches()) {
            errors.add(row.error(column, "must be a well-formed email address"));
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String value = text(column, required, 50);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            errors.add(row.error(column, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    boolean flag(String column) {
        String value = row.get(column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "x", "có" -> true;
            case "false", "no", "0", "không" -> false;
            default -> {
                errors.add(row.error(column, "must be true or false"));
                yield false;
            }
        };
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    RowOutcome refusal() {
        return new RowOutcome.Refused(List.copyOf(errors));
    }
}
