package io.saola.crm.sales.record.domain;

import java.time.Instant;

/**
 * What a list asks beyond the platform's filter, sort and cursor: whose records, the creation-time window
 * ({@code period}, or {@code from}/{@code to} for a custom one), and live or deleted records.
 */
public record ListOptions(String scope, Period period, Instant from, Instant to, boolean deleted) {
}
