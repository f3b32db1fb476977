package io.saola.crm.sales.api;

/** The topics sales-service publishes to, one per aggregate, keyed by aggregate id (docs/EVENTS.md). */
public final class SalesTopics {

    public static final String LEAD = "crm.sales.lead.v1";
    public static final String OPPORTUNITY = "crm.sales.opportunity.v1";

    private SalesTopics() {
    }
}
