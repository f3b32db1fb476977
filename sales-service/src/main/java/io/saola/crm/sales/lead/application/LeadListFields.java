package io.saola.crm.sales.lead.application;

import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.sales.lead.domain.LeadKind;
import io.saola.crm.sales.lead.domain.LeadRating;
import io.saola.crm.sales.lead.domain.LeadSource;
import io.saola.crm.sales.lead.domain.LeadStatus;

/** What clients may filter and sort lead lists by. */
public final class LeadListFields {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.enumeration("kind", LeadKind.class),
            FilterableField.enumeration("status", LeadStatus.class),
            FilterableField.string("personName").sortable(),
            FilterableField.string("company").sortable(),
            FilterableField.string("email"),
            FilterableField.string("mobile"),
            FilterableField.string("phone"),
            FilterableField.enumeration("source", LeadSource.class),
            FilterableField.enumeration("rating", LeadRating.class),
            FilterableField.id("campaignId"),
            FilterableField.id("productOfInterestId"),
            FilterableField.string("city").at("address.city"),
            FilterableField.id("ownerId"),
            FilterableField.id("teamId"),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("-createdAt");

    private LeadListFields() {
    }
}
