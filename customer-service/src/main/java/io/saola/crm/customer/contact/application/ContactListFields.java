package io.saola.crm.customer.contact.application;

import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;

/** What clients may filter and sort contact lists by. */
public final class ContactListFields {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("name").sortable(),
            FilterableField.string("title"),
            FilterableField.string("email"),
            FilterableField.string("mobile"),
            FilterableField.string("phone"),
            FilterableField.id("accountId"),
            FilterableField.string("company"),
            FilterableField.bool("primary"),
            FilterableField.id("ownerId"),
            FilterableField.id("teamId"),
            FilterableField.id("sourceLeadId"),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("-createdAt");

    private ContactListFields() {
    }
}
