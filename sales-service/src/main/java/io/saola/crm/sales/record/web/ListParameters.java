package io.saola.crm.sales.record.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.sales.record.domain.ListOptions;
import io.saola.crm.sales.record.domain.Period;

/**
 * The list parameters beyond the platform's: {@code scope=mine|team|all}, {@code period=today|week|month|
 * quarter|custom} with {@code from}/{@code to} (ISO-8601 instants, {@code to} exclusive) on the creation time,
 * and {@code deleted=true}; a saved filter's options fill in what the request leaves out. Bad values are a 400
 * naming the parameter.
 */
public final class ListParameters {

    private ListParameters() {
    }

    public static ListOptions read(String scope, String period, String from, String to, Boolean deleted,
                                   Map<String, String> saved) {
        if (period == null && from == null && to == null) {
            period = saved.get("period");
            from = saved.get("from");
            to = saved.get("to");
        }
        return new ListOptions(scope != null ? scope : saved.get("scope"), period(period), instant("from", from),
                instant("to", to), Boolean.TRUE.equals(deleted));
    }

    private static Period period(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "today" -> Period.TODAY;
            case "week", "this_week" -> Period.THIS_WEEK;
            case "month", "this_month" -> Period.THIS_MONTH;
            case "quarter", "this_quarter" -> Period.THIS_QUARTER;
            case "custom" -> Period.CUSTOM;
            default -> throw InvalidListQueryException.of("period", null,
                    "period must be today, week, month, quarter or custom");
        };
    }

    private static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw InvalidListQueryException.of(name, null, name + " must be an ISO-8601 instant such as "
                    + "2026-01-01T00:00:00Z");
        }
    }
}
