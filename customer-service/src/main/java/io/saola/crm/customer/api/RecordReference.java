package io.saola.crm.customer.api;

/** The record an activity is about: its type ({@code ACCOUNT}, {@code CONTACT}, {@code LEAD}, ...) and id. */
public record RecordReference(String type, String id) {
}
