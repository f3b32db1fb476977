package io.saola.crm.sales.partner.application;

import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.sales.partner.domain.PartnerKind;

/** What clients may filter and sort partner lists by. */
public final class PartnerListFields {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("name").sortable(),
            FilterableField.enumeration("kind", PartnerKind.class),
            FilterableField.string("email"),
            FilterableField.string("phone"),
            FilterableField.string("website"),
            FilterableField.id("ownerId"),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("name");

    private PartnerListFields() {
    }
}
