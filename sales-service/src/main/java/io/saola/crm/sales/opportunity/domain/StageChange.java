package io.saola.crm.sales.opportunity.domain;

import java.time.Instant;

/** One move through the pipeline: who moved the opportunity, when, from where (null at creation) and to where. */
public record StageChange(OpportunityStage from, OpportunityStage to, String by, Instant at) {
}
