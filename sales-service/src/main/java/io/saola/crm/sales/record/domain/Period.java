package io.saola.crm.sales.record.domain;

/** The time filters of lists: calendar periods in the workspace's time zone, or a custom range. */
public enum Period {
    TODAY, THIS_WEEK, THIS_MONTH, THIS_QUARTER, CUSTOM
}
