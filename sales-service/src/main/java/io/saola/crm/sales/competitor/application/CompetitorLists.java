package io.saola.crm.sales.competitor.application;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.sales.competitor.domain.Competitor;

/** Pages of competitors by the platform's list grammar. */
public interface CompetitorLists {

    Page<Competitor> page(Criteria scope, ListRequest request, FilterableFields fields);
}
