package io.saola.crm.sales.opportunity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.saola.crm.sales.opportunity.domain.Opportunity;
import io.saola.crm.sales.opportunity.domain.OpportunityDetails;
import io.saola.crm.sales.opportunity.domain.StageChange;
import io.saola.crm.sales.record.domain.Stamps;
import io.saola.crm.sales.record.web.MoneyBody;

/** An opportunity as clients read it, with the Vietnamese label of its stage and its stage history. */
record OpportunityView(String id, String name, String accountId, String contactId, MoneyBody amount, String stage,
                       String stageLabel, int probability, LocalDate expectedCloseDate, String productId,
                       List<String> competitorIds, List<String> partnerIds, String sourceLeadId,
                       String description, String lostReason, List<StageMove> stageHistory, String ownerId,
                       String teamId, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                       Instant deletedAt, String deletedBy, long version) {

    record StageMove(String from, String to, String by, Instant at) {

        static StageMove of(StageChange change) {
            return new StageMove(change.from() == null ? null : change.from().name(), change.to().name(),
                    change.by(), change.at());
        }
    }

    static OpportunityView of(Opportunity o) {
        OpportunityDetails d = o.details();
        Stamps s = o.stamps();
        return new OpportunityView(o.id(), d.name(), d.accountId(), d.contactId(), MoneyBody.of(d.amount()),
                o.stage().name(), o.stage().label(), o.probability(), d.expectedCloseDate(), d.productId(),
                d.competitorIds(), d.partnerIds(), d.sourceLeadId(), d.description(), o.lostReason(),
                o.stageHistory().stream().map(StageMove::of).toList(), o.ownership().ownerId(),
                o.ownership().teamId(), s.createdAt(), s.createdBy(), s.updatedAt(), s.updatedBy(), s.deletedAt(),
                s.deletedBy(), o.version());
    }
}
