package io.saola.crm.salesdata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's notion of now and today. Validity and end dates are calendar dates in the business time zone
 * (a quote valid until 30 June is valid all of 30 June in Hà Nội), so "today" is taken there, not in UTC. Tests
 * swap the clock to move time.
 */
public record BusinessCalendar(Clock clock, ZoneId zone) {

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
