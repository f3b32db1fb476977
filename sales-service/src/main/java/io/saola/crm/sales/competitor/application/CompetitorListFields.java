package io.saola.crm.sales.competitor.application;

import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;

/** What clients may filter and sort competitor lists by. */
public final class CompetitorListFields {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("name").sortable(),
            FilterableField.string("website"),
            FilterableField.id("ownerId"),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("name");

    private CompetitorListFields() {
    }
}
