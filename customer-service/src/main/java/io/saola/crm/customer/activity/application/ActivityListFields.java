package io.saola.crm.customer.activity.application;

import io.saola.crm.customer.activity.domain.ActivityKind;
import io.saola.crm.customer.activity.domain.ActivityStatus;
import io.saola.crm.customer.activity.domain.RelatedType;
import io.saola.crm.customer.activity.domain.TaskPriority;
import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;

/** What clients may filter and sort activity lists by; newest first unless asked otherwise. */
public final class ActivityListFields {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.enumeration("kind", ActivityKind.class),
            FilterableField.enumeration("status", ActivityStatus.class),
            FilterableField.enumeration("priority", TaskPriority.class),
            FilterableField.enumeration("aboutType", RelatedType.class),
            FilterableField.id("aboutId"),
            FilterableField.string("subject"),
            FilterableField.id("ownerId"),
            FilterableField.id("teamId"),
            FilterableField.dateTime("at").sortable(),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("-at");

    private ActivityListFields() {
    }
}
