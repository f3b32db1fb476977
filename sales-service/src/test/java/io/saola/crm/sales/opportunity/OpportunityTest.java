package io.saola.crm.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.saola.crm.sales.api.OpportunityLost;
import io.saola.crm.sales.api.OpportunityStageChanged;
import io.saola.crm.sales.api.OpportunityWon;
import io.saola.crm.sales.opportunity.domain.Opportunity;
import io.saola.crm.sales.opportunity.domain.OpportunityDetails;
import io.saola.crm.sales.opportunity.domain.OpportunityStage;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.Money;
import io.saola.crm.sales.record.domain.Origin;
import io.saola.crm.sales.record.domain.Ownership;

class OpportunityTest {

    private final Origin creating = new Origin("demo", "rep-lan", Instant.parse("2026-06-01T03:00:00Z"));
    private final Origin moving = new Origin("demo", "manager-hoa", Instant.parse("2026-06-02T03:00:00Z"));

    @Test
    void startsInNeedsAnalysisWithItsDefaultProbabilityAndFirstHistoryEntry() {
        Opportunity opportunity = created().state();

        assertThat(opportunity.stage()).isEqualTo(OpportunityStage.NEEDS_ANALYSIS);
        assertThat(opportunity.stage().label()).isEqualTo("Tìm hiểu nhu cầu");
        assertThat(opportunity.probability()).isEqualTo(10);
        assertThat(opportunity.stageHistory()).singleElement()
                .satisfies(change -> assertThat(change.to()).isEqualTo(OpportunityStage.NEEDS_ANALYSIS));
    }

    @Test
    void eachMoveTakesTheStageProbabilityAndIsRecordedWithWhoAndWhen() {
        Changed<Opportunity> proposal = created().state().moveTo(OpportunityStage.PROPOSAL, null, moving);
        Changed<Opportunity> won = proposal.state().moveTo(OpportunityStage.WON, null, moving);

        assertThat(proposal.state().probability()).isEqualTo(40);
        assertThat(((OpportunityStageChanged) proposal.events().get(0)).toStage()).isEqualTo("PROPOSAL");
        assertThat(won.state().probability()).isEqualTo(100);
        assertThat(won.events()).singleElement().isInstanceOf(OpportunityWon.class);
        assertThat(won.state().stageHistory()).hasSize(3);
        assertThat(won.state().stageHistory().get(2).from()).isEqualTo(OpportunityStage.PROPOSAL);
        assertThat(won.state().stageHistory().get(2).by()).isEqualTo("manager-hoa");
        assertThat(won.state().stageHistory().get(2).at()).isEqualTo(moving.at());
        assertThat(won.state().version()).isEqualTo(2);
    }

    @Test
    void losingNeedsAReasonAndClosedOpportunitiesRefuseEveryMoveAndEdit() {
        Opportunity open = created().state();
        assertThatThrownBy(() -> open.moveTo(OpportunityStage.LOST, " ", moving))
                .isInstanceOf(IllegalArgumentException.class);

        Changed<Opportunity> lost = open.moveTo(OpportunityStage.LOST, "Giá cao hơn đối thủ", moving);

        assertThat(((OpportunityLost) lost.events().get(0)).reason()).isEqualTo("Giá cao hơn đối thủ");
        assertThat(lost.state().probability()).isZero();
        for (OpportunityStage stage : OpportunityStage.values()) {
            assertThat(OpportunityStage.LOST.canMoveTo(stage)).isFalse();
            assertThat(OpportunityStage.WON.canMoveTo(stage)).isFalse();
        }
        assertThatThrownBy(() -> lost.state().moveTo(OpportunityStage.PROPOSAL, null, moving))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> lost.state().revise(open.details(), open.ownership(), 50, moving))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChosenProbabilityIsKeptUntilTheNextMove() {
        Changed<Opportunity> revised = created().state().revise(details(), new Ownership("rep-lan", null), 25,
                moving);

        assertThat(revised.state().probability()).isEqualTo(25);
        assertThat(revised.state().moveTo(OpportunityStage.NEGOTIATION, null, moving).state().probability())
                .isEqualTo(70);
    }

    @Test
    void amountsAreExactDecimalsInVndByDefault() {
        Money amount = new Money(new BigDecimal("0.10"), null);

        assertThat(amount.currency()).isEqualTo("VND");
        assertThat(amount).isEqualTo(new Money(new BigDecimal("0.1"), "vnd"));
        assertThatThrownBy(() -> new Money(new BigDecimal("-1"), "VND")).isInstanceOf(IllegalArgumentException.class);
    }

    private Changed<Opportunity> created() {
        return Opportunity.create("opp-1", details(), new Ownership("rep-lan", null), null, null, creating);
    }

    private static OpportunityDetails details() {
        return new OpportunityDetails("Phần mềm ERP - 0912345678", "acc-1", null,
                new Money(new BigDecimal("150000000"), "VND"), null, null, List.of(), List.of(), null, null);
    }
}
