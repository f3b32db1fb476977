package io.saola.crm.sales.opportunity.application;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.sales.opportunity.domain.Opportunity;

/** Pages of opportunities by the platform's list grammar, within the caller's scope. */
public interface OpportunityLists {

    Page<Opportunity> page(Criteria scope, ListRequest request, FilterableFields fields);
}
