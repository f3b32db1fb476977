package io.saola.crm.customer.activity.application;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.customer.activity.domain.Activity;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;

/** Pages of activities by the platform's list grammar. */
public interface ActivityLists {

    Page<Activity> page(Criteria scope, ListRequest request, FilterableFields fields);
}
