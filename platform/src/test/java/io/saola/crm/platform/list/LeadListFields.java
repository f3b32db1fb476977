package io.saola.crm.platform.list;

import java.util.List;

/** The whitelist of a lead-like list endpoint, shared by the list tests. */
final class LeadListFields {

    static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("name").sortable(),
            FilterableField.string("email"),
            FilterableField.string("phone"),
            FilterableField.enumeration("status", List.of("NEW", "QUALIFIED", "CONVERTED")).sortable(),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.date("closeDate").sortable(),
            FilterableField.id("ownerId"),
            FilterableField.number("score").sortable(),
            FilterableField.decimal("amount").sortable(),
            FilterableField.bool("vip"),
            FilterableField.string("city").at("address.city").only(Operator.EQ, Operator.IN));

    private LeadListFields() {
    }
}
