package io.saola.crm.sales.record.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * A half-open span of time {@code [from, to)}; either end may be open. Calendar periods are cut in the
 * workspace's time zone, so "today" in Hồ Chí Minh City starts at 17:00 UTC the day before; weeks start on
 * Monday.
 */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    public static TimeWindow of(Period period, Instant customFrom, Instant customTo, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return switch (period) {
            case TODAY -> days(today, today.plusDays(1), zone);
            case THIS_WEEK -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield days(monday, monday.plusWeeks(1), zone);
            }
            case THIS_MONTH -> days(today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1), zone);
            case THIS_QUARTER -> {
                LocalDate start = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
                yield days(start, start.plusMonths(3), zone);
            }
            case CUSTOM -> {
                if (customFrom == null && customTo == null) {
                    throw new IllegalArgumentException("a custom period needs from, to or both");
                }
                yield new TimeWindow(customFrom, customTo);
            }
        };
    }

    private static TimeWindow days(LocalDate first, LocalDate afterLast, ZoneId zone) {
        return new TimeWindow(first.atStartOfDay(zone).toInstant(), afterLast.atStartOfDay(zone).toInstant());
    }
}
