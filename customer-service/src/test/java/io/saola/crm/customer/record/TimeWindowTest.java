package io.saola.crm.customer.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.saola.crm.customer.record.domain.Period;
import io.saola.crm.customer.record.domain.TimeWindow;

class TimeWindowTest {

    private static final ZoneId SAIGON = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Thursday 2026-05-14, 01:30 in Hồ Chí Minh City, still Wednesday in UTC. */
    private static final Instant NOW = Instant.parse("2026-05-13T18:30:00Z");

    @Test
    void todayIsCutInTheWorkspaceTimeZone() {
        TimeWindow today = TimeWindow.of(Period.TODAY, null, null, SAIGON, NOW);

        assertThat(today.from()).isEqualTo(Instant.parse("2026-05-13T17:00:00Z"));
        assertThat(today.to()).isEqualTo(Instant.parse("2026-05-14T17:00:00Z"));
        assertThat(TimeWindow.of(Period.TODAY, null, null, ZoneId.of("UTC"), NOW).from())
                .isEqualTo(Instant.parse("2026-05-13T00:00:00Z"));
    }

    @Test
    void weeksStartOnMondayAndQuartersOnTheFirstMonthOfTheQuarter() {
        assertThat(TimeWindow.of(Period.THIS_WEEK, null, null, SAIGON, NOW))
                .isEqualTo(new TimeWindow(Instant.parse("2026-05-10T17:00:00Z"), Instant.parse("2026-05-17T17:00:00Z")));
        assertThat(TimeWindow.of(Period.THIS_MONTH, null, null, SAIGON, NOW))
                .isEqualTo(new TimeWindow(Instant.parse("2026-04-30T17:00:00Z"), Instant.parse("2026-05-31T17:00:00Z")));
        assertThat(TimeWindow.of(Period.THIS_QUARTER, null, null, SAIGON, NOW))
                .isEqualTo(new TimeWindow(Instant.parse("2026-03-31T17:00:00Z"), Instant.parse("2026-06-30T17:00:00Z")));
    }

    @Test
    void aCustomPeriodNeedsAnEndAndAnOrderedRange() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(TimeWindow.of(Period.CUSTOM, from, null, SAIGON, NOW)).isEqualTo(new TimeWindow(from, null));
        assertThatThrownBy(() -> TimeWindow.of(Period.CUSTOM, null, null, SAIGON, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeWindow.of(Period.CUSTOM, from, from, SAIGON, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
