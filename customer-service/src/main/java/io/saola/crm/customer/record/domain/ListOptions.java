package io.saola.crm.customer.record.domain;

import java.time.Instant;

/**
 * What a list asks beyond the platform's filter, sort and cursor: whose records ({@code scope} as sent), the
 * time filter, and whether to list deleted records instead of live ones.
 */
public record ListOptions(String scope, Period period, Instant from, Instant to,
                          boolean deleted) {
}
