package io.saola.crm.sales.lead;

import static io.saola.crm.sales.lead.domain.LeadStatus.CONVERTED;
import static io.saola.crm.sales.lead.domain.LeadStatus.CONVERTING;
import static io.saola.crm.sales.lead.domain.LeadStatus.QUALIFIED;
import static io.saola.crm.sales.lead.domain.LeadStatus.UNQUALIFIED;
import static io.saola.crm.sales.lead.domain.LeadStatus.WORKING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.saola.crm.sales.api.LeadConversionFailed;
import io.saola.crm.sales.api.LeadConversionRequested;
import io.saola.crm.sales.api.LeadConverted;
import io.saola.crm.sales.lead.domain.ConversionFailure;
import io.saola.crm.sales.lead.domain.ConversionState;
import io.saola.crm.sales.lead.domain.ConversionTerms;
import io.saola.crm.sales.lead.domain.Lead;
import io.saola.crm.sales.lead.domain.LeadDetails;
import io.saola.crm.sales.lead.domain.LeadKind;
import io.saola.crm.sales.lead.domain.LeadStatus;
import io.saola.crm.sales.record.domain.Address;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.Money;
import io.saola.crm.sales.record.domain.Origin;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;

/** The lead's side of its conversion: the states it goes through and the events each step raises. */
class LeadConversionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");
    private final Origin rep = new Origin("demo", "rep-lan", NOW);
    private final Origin system = new Origin("demo", "sales-service", NOW.plusSeconds(5));
    private final ConversionTerms terms = new ConversionTerms(null, null, "Gói CRM - 0912345678",
            new Money(new BigDecimal("24000000"), "VND"), null, "p-crm");

    @Test
    void startingAConversionMakesTheLeadConvertingAndAsksForTheAccountWithEverythingCustomerServiceNeeds() {
        Changed<Lead> started = lead(WORKING).requestConversion("conv-1", terms, NOW.plusSeconds(30),
                NOW.plusSeconds(600), rep);

        Lead converting = started.state();
        assertThat(converting.status()).isEqualTo(CONVERTING);
        assertThat(converting.version()).isEqualTo(4);
        assertThat(converting.conversion().state()).isEqualTo(ConversionState.REQUESTED);
        assertThat(converting.conversion().previousStatus()).isEqualTo(WORKING);
        assertThat(converting.isConverting("conv-1")).isTrue();
        assertThat(converting.isConverting("conv-2")).isFalse();
        LeadConversionRequested requested = (LeadConversionRequested) started.events().get(0);
        assertThat(requested.aggregateVersion()).isEqualTo(4);
        assertThat(requested.conversionId()).isEqualTo("conv-1");
        assertThat(requested.attempt()).isEqualTo(1);
        assertThat(requested.kind()).isEqualTo("B2B");
        assertThat(requested.company()).isEqualTo("Công ty Ánh Dương");
        assertThat(requested.mobile()).isEqualTo("+84912345678");
        assertThat(requested.address().city()).isEqualTo("Hà Nội");
        assertThat(requested.requestedBy()).isEqualTo("rep-lan");
        assertThat(requested.ownerId()).isEqualTo("rep-lan");
    }

    @Test
    void onlyANewWorkedOrQualifiedLeadStartsAConversionAndOnlyOneAtATime() {
        for (LeadStatus refused : new LeadStatus[] {UNQUALIFIED, CONVERTING, CONVERTED}) {
            assertThatThrownBy(() -> lead(refused).requestConversion("conv-1", terms, NOW, NOW, rep))
                    .isInstanceOf(IllegalStateException.class);
        }
        Lead converting = converting(QUALIFIED);
        assertThatThrownBy(() -> converting.requestConversion("conv-2", terms, NOW, NOW, rep))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> converting.moveTo(WORKING, null, rep)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExistingContactIsOnlyForB2bAndComesWithItsAccount() {
        assertThatThrownBy(() -> new ConversionTerms(null, "con-1", "Cơ hội", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        Lead person = new Lead("lead-2", new LeadDetails(LeadKind.B2C, "Lý Thị Mai", null, null, null,
                "0987654321", null, null, null, null, null, null, null), new Ownership("rep-lan", null), WORKING,
                null, Stamps.created(rep), null, 1);
        ConversionTerms withContact = new ConversionTerms("acc-1", "con-1", "Cơ hội", null, null, null);
        assertThatThrownBy(() -> person.requestConversion("conv-1", withContact, NOW, NOW, rep))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void askingAgainKeepsTheConversionAndCountsTheAttempt() {
        Changed<Lead> again = converting(QUALIFIED).requestConversionAgain(NOW.plusSeconds(60), system);

        assertThat(again.state().conversion().attempt()).isEqualTo(2);
        assertThat(again.state().conversion().id()).isEqualTo("conv-1");
        assertThat(again.state().conversion().retryAt()).isEqualTo(NOW.plusSeconds(60));
        LeadConversionRequested requested = (LeadConversionRequested) again.events().get(0);
        assertThat(requested.attempt()).isEqualTo(2);
        assertThat(requested.conversionId()).isEqualTo("conv-1");
        assertThat(requested.requestedBy()).isEqualTo("rep-lan");
    }

    @Test
    void completingMakesTheLeadConvertedForGoodAndLinksWhatItBecame() {
        Changed<Lead> done = converting(QUALIFIED).completeConversion("conv-1", "acc-1", "con-1", "opp-1", system);

        Lead converted = done.state();
        assertThat(converted.status()).isEqualTo(CONVERTED);
        assertThat(converted.isConvertedBy("conv-1")).isTrue();
        assertThat(converted.conversion().opportunityId()).isEqualTo("opp-1");
        assertThat(converted.conversion().finishedAt()).isEqualTo(system.at());
        LeadConverted event = (LeadConverted) done.events().get(0);
        assertThat(event.accountId()).isEqualTo("acc-1");
        assertThat(event.contactId()).isEqualTo("con-1");
        assertThat(event.opportunityId()).isEqualTo("opp-1");
        assertThat(event.convertedBy()).isEqualTo("rep-lan");
        assertThatThrownBy(() -> converted.revise(converted.details(), converted.ownership(), rep))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> converted.delete(rep)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> converted.completeConversion("conv-1", "acc-1", null, "opp-1", system))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failingReturnsTheLeadToItsPreviousStatusWithTheReason() {
        Changed<Lead> failed = converting(WORKING).failConversion("conv-1", ConversionFailure.REJECTED,
                "ACCOUNT_NOT_FOUND: không có khách hàng acc-x", system);

        Lead back = failed.state();
        assertThat(back.status()).isEqualTo(WORKING);
        assertThat(back.statusReason()).contains("REJECTED").contains("ACCOUNT_NOT_FOUND");
        assertThat(back.conversion().state()).isEqualTo(ConversionState.FAILED);
        assertThat(back.conversion().failureReason()).isEqualTo("REJECTED");
        LeadConversionFailed event = (LeadConversionFailed) failed.events().get(0);
        assertThat(event.conversionId()).isEqualTo("conv-1");
        assertThat(event.reason()).isEqualTo("REJECTED");
        assertThat(event.restoredStatus()).isEqualTo("WORKING");
        assertThat(back.moveTo(QUALIFIED, null, rep).state().status()).isEqualTo(QUALIFIED);
        assertThat(back.requestConversion("conv-2", terms, NOW, NOW, rep).state().isConverting("conv-2")).isTrue();
    }

    @Test
    void aLateAnswerForAConversionThatIsOverRaisesItsFailureAgainWithoutChangingTheLead() {
        Lead back = converting(QUALIFIED).failConversion("conv-1", ConversionFailure.TIMEOUT, "Không có trả lời",
                system).state();

        Changed<Lead> again = back.repeatConversionFailure("conv-1", system);
        Changed<Lead> older = back.repeatConversionFailure("conv-0", system);

        assertThat(again.state().status()).isEqualTo(QUALIFIED);
        assertThat(again.state().conversion()).isEqualTo(back.conversion());
        LeadConversionFailed repeated = (LeadConversionFailed) again.events().get(0);
        assertThat(repeated.conversionId()).isEqualTo("conv-1");
        assertThat(repeated.reason()).isEqualTo("TIMEOUT");
        assertThat(repeated.restoredStatus()).isEqualTo("QUALIFIED");
        assertThat(((LeadConversionFailed) older.events().get(0)).reason()).isEqualTo("SUPERSEDED");
        assertThatThrownBy(() -> converting(QUALIFIED).repeatConversionFailure("conv-1", system))
                .isInstanceOf(IllegalStateException.class);
    }

    private Lead converting(LeadStatus from) {
        return lead(from).requestConversion("conv-1", terms, NOW.plusSeconds(30), NOW.plusSeconds(600), rep)
                .state();
    }

    private Lead lead(LeadStatus status) {
        LeadDetails details = new LeadDetails(LeadKind.B2B, "Nguyễn Văn An", "Công ty Ánh Dương", "Giám đốc", null,
                "0912345678", null, new Address("12 Lý Thường Kiệt", null, null, "Hà Nội", "VN"), null, null, null,
                "p-crm", null);
        return new Lead("lead-1", details, new Ownership("rep-lan", null), status, null, Stamps.created(rep), null,
                3);
    }
}
