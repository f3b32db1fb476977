package io.saola.crm.sales.record.domain;

/** What a list asks beyond the platform's filter, sort and cursor: whose records, and live or deleted ones. */
public record ListOptions(String scope, boolean deleted) {
}
