package io.saola.crm.sales.partner.application;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.sales.partner.domain.Partner;

/** Pages of partners by the platform's list grammar. */
public interface PartnerLists {

    Page<Partner> page(Criteria scope, ListRequest request, FilterableFields fields);
}
