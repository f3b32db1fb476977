package io.saola.crm.customer.account.application;

import io.saola.crm.customer.account.domain.AccountStatus;
import io.saola.crm.customer.account.domain.AccountType;
import io.saola.crm.platform.list.FilterableField;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.Operator;

/** What clients may filter and sort account lists by. */
public final class AccountListFields {

    public static final FilterableFields FIELDS = FilterableFields.of(
            FilterableField.id("id").at("_id"),
            FilterableField.enumeration("type", AccountType.class),
            FilterableField.string("name").sortable(),
            FilterableField.enumeration("status", AccountStatus.class),
            FilterableField.string("industry"),
            FilterableField.string("taxCode").only(Operator.EQ, Operator.IN, Operator.STARTS_WITH,
                    Operator.IS_EMPTY, Operator.IS_NOT_EMPTY),
            FilterableField.string("email"),
            FilterableField.string("phone"),
            FilterableField.string("mobile"),
            FilterableField.string("city").at("address.city"),
            FilterableField.id("ownerId"),
            FilterableField.id("teamId"),
            FilterableField.id("primaryContactId"),
            FilterableField.id("sourceLeadId"),
            FilterableField.dateTime("createdAt").sortable(),
            FilterableField.dateTime("updatedAt").sortable())
            .withDefaultSort("-createdAt");

    private AccountListFields() {
    }
}
