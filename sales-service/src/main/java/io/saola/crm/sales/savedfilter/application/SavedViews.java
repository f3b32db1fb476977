package io.saola.crm.sales.savedfilter.application;

import java.util.Map;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.saved.SavedFilters;
import io.saola.crm.platform.list.saved.SavedLists;
import io.saola.crm.sales.competitor.application.CompetitorListFields;
import io.saola.crm.sales.lead.application.LeadListFields;
import io.saola.crm.sales.opportunity.application.OpportunityListFields;
import io.saola.crm.sales.partner.application.PartnerListFields;

/** The saved filters of sales-service's lists: leads, opportunities, competitors and partners. */
@Service
public class SavedViews extends SavedLists {

    SavedViews(SavedFilters filters, Access access) {
        super(filters, access, Map.of(
                "leads", new Spec(RecordType.LEAD, LeadListFields.FIELDS),
                "opportunities", new Spec(RecordType.OPPORTUNITY, OpportunityListFields.FIELDS),
                "competitors", new Spec(RecordType.COMPETITOR, CompetitorListFields.FIELDS),
                "partners", new Spec(RecordType.PARTNER, PartnerListFields.FIELDS)));
    }
}
