package io.saola.crm.sales.opportunity.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.saola.crm.sales.opportunity.domain.OpportunityDetails;
import io.saola.crm.sales.opportunity.domain.OpportunityStage;
import io.saola.crm.sales.record.web.MoneyBody;

/**
 * An opportunity as a client creates or replaces it. {@code stage} is read on creation only (moves go through
 * the stage endpoint); {@code probability} null takes the stage's default. {@code version} is the alternative
 * to If-Match on updates.
 */
record OpportunityRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String accountId,
                          @Size(max = 64) String contactId, @Valid MoneyBody amount, OpportunityStage stage,
                          @Min(0) @Max(100) Integer probability, LocalDate expectedCloseDate,
                          @Size(max = 64) String productId,
                          @Size(max = 20) List<@NotBlank @Size(max = 64) String> competitorIds,
                          @Size(max = 20) List<@NotBlank @Size(max = 64) String> partnerIds,
                          @Size(max = 64) String sourceLeadId, @Size(max = 4000) String description,
                          @Size(max = 64) String ownerId, @Size(max = 64) String teamId, Long version) {

    OpportunityDetails details() {
        return new OpportunityDetails(name, accountId, contactId, amount == null ? null : amount.toMoney(),
                expectedCloseDate, productId, competitorIds, partnerIds, sourceLeadId, description);
    }
}
