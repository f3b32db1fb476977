package io.saola.crm.sales.lead.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.saola.crm.sales.lead.domain.LeadStatus;

/** A move of a lead to another status, with the reason (required when disqualifying). */
record LeadStatusRequest(@NotNull LeadStatus status, @Size(max = 1000) String reason, Long version) {
}
