package io.saola.crm.sales.lead.application;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.sales.lead.domain.Lead;

/** Pages of leads by the platform's list grammar, within the caller's scope. */
public interface LeadLists {

    Page<Lead> page(Criteria scope, ListRequest request, FilterableFields fields);
}
