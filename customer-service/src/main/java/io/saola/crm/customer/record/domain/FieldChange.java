package io.saola.crm.customer.record.domain;

/** One field of a record changed from one value to another (as text; null when empty). */
public record FieldChange(String field, String from, String to) {
}
