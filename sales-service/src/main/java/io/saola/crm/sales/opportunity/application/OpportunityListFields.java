package io.saola.crm.sales.opportunity.application;

import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.sales.opportunity.domain.OpportunityStage;

/** What clients may filter and sort opportunity lists by. */
public final class OpportunityListFields {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.string("name").sortable(),
            FilterableField.enumeration("stage", OpportunityStage.class),
            FilterableField.number("probability").sortable(),
            FilterableField.decimal("amount").at("amount").sortable(),
            FilterableField.string("currency"),
            FilterableField.date("expectedCloseDate").sortable(),
            FilterableField.id("accountId"),
            FilterableField.id("contactId"),
            FilterableField.id("productId"),
            FilterableField.id("competitorIds"),
            FilterableField.id("partnerIds"),
            FilterableField.id("sourceLeadId"),
            FilterableField.id("ownerId"),
            FilterableField.id("teamId"),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("-createdAt");

    private OpportunityListFields() {
    }
}
