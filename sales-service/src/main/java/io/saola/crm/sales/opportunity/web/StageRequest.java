package io.saola.crm.sales.opportunity.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.saola.crm.sales.opportunity.domain.OpportunityStage;

/** A move through the pipeline; losing needs the {@code reason}. */
record StageRequest(@NotNull OpportunityStage stage, @Size(max = 1000) String reason, Long version) {
}
