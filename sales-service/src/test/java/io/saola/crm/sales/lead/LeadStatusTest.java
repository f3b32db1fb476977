package io.saola.crm.sales.lead;

import static io.saola.crm.sales.lead.domain.LeadStatus.CONVERTED;
import static io.saola.crm.sales.lead.domain.LeadStatus.CONVERTING;
import static io.saola.crm.sales.lead.domain.LeadStatus.NEW;
import static io.saola.crm.sales.lead.domain.LeadStatus.QUALIFIED;
import static io.saola.crm.sales.lead.domain.LeadStatus.UNQUALIFIED;
import static io.saola.crm.sales.lead.domain.LeadStatus.WORKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.saola.crm.sales.api.LeadChanged;
import io.saola.crm.sales.api.LeadDisqualified;
import io.saola.crm.sales.api.LeadQualified;
import io.saola.crm.sales.lead.domain.Lead;
import io.saola.crm.sales.lead.domain.LeadDetails;
import io.saola.crm.sales.lead.domain.LeadKind;
import io.saola.crm.sales.lead.domain.LeadStatus;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.Origin;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;

class LeadStatusTest {

    private final Origin origin = new Origin("demo", "rep-lan", Instant.parse("2026-06-01T03:00:00Z"));

    @Test
    void aNewWorkedOrQualifiedLeadStartsAConversionWhichEndsConvertedOrBackWhereItWas() {
        assertThat(QUALIFIED.canStartConversion()).isTrue();
        assertThat(NEW.canStartConversion()).isTrue();
        assertThat(WORKING.canStartConversion()).isTrue();
        assertThat(UNQUALIFIED.canStartConversion()).isFalse();
        assertThat(CONVERTING.canStartConversion()).isFalse();
        assertThat(CONVERTED.canStartConversion()).isFalse();
        assertThat(CONVERTING.next()).containsExactlyInAnyOrder(CONVERTED, NEW, WORKING, QUALIFIED);
        assertThat(CONVERTED.next()).isEmpty();
    }

    @Test
    void aNewLeadIsWorkedBeforeItIsQualified() {
        assertThat(NEW.next()).containsExactlyInAnyOrder(WORKING, UNQUALIFIED, CONVERTING);
        assertThat(WORKING.next()).containsExactlyInAnyOrder(QUALIFIED, UNQUALIFIED, CONVERTING);
        assertThat(UNQUALIFIED.canBecome(WORKING)).isTrue();
    }

    @Test
    void onlyAFailedConversionLeadsBackToNewAndNoStatusLeadsToItself() {
        for (LeadStatus status : LeadStatus.values()) {
            assertThat(status.canBecome(NEW)).isEqualTo(status == CONVERTING);
            assertThat(status.canBecome(status)).isFalse();
        }
    }

    @Test
    void qualifyingAndDisqualifyingRaiseTheirOwnEventsWithTheNextVersion() {
        Lead working = lead(WORKING);

        Changed<Lead> qualified = working.moveTo(QUALIFIED, null, origin);
        Changed<Lead> disqualified = working.moveTo(UNQUALIFIED, "Không có nhu cầu", origin);
        Changed<Lead> reopened = qualified.state().moveTo(WORKING, null, origin);

        assertThat(qualified.events()).singleElement().isInstanceOf(LeadQualified.class);
        assertThat(qualified.state().version()).isEqualTo(4);
        assertThat(((LeadDisqualified) disqualified.events().get(0)).reason()).isEqualTo("Không có nhu cầu");
        assertThat(((LeadChanged) reopened.events().get(0)).changedFields()).containsExactly("status");
    }

    @Test
    void aLeadInConversionOrConvertedRefusesEditsAndMoves() {
        for (LeadStatus locked : new LeadStatus[] {CONVERTING, CONVERTED}) {
            Lead lead = lead(locked);
            assertThatThrownBy(() -> lead.moveTo(WORKING, null, origin)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> lead.revise(lead.details(), lead.ownership(), origin))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> lead.delete(origin)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theConversionStatusesAreNotSetByHand() {
        assertThatThrownBy(() -> lead(QUALIFIED).moveTo(CONVERTING, null, origin))
                .isInstanceOf(IllegalStateException.class);
    }

    private Lead lead(LeadStatus status) {
        LeadDetails details = new LeadDetails(LeadKind.B2C, "Hoàng Văn Nam", null, null, null, "0912345678", null,
                null, null, null, null, null, null);
        return new Lead("lead-1", details, new Ownership("rep-lan", null), status, null, Stamps.created(origin), null,
                3);
    }
}
