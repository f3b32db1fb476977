package io.saola.crm.customer.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.saola.crm.customer.account.domain.AccountDetails;
import io.saola.crm.customer.account.domain.AccountStatus;
import io.saola.crm.customer.account.domain.AccountType;
import io.saola.crm.customer.account.domain.Address;
import io.saola.crm.customer.api.AccountCreatedForLead;
import io.saola.crm.customer.api.LeadConversionCompensated;
import io.saola.crm.customer.api.LeadConversionRejected;
import io.saola.crm.customer.contact.domain.ContactDetails;
import io.saola.crm.customer.conversion.domain.ConversionOutcome;
import io.saola.crm.customer.conversion.domain.ConversionPlan;
import io.saola.crm.customer.conversion.domain.ConversionRefusedException;
import io.saola.crm.customer.conversion.domain.ConversionRequest;
import io.saola.crm.customer.conversion.domain.ConversionState;
import io.saola.crm.customer.conversion.domain.FilledField;
import io.saola.crm.customer.conversion.domain.FromLead;
import io.saola.crm.customer.conversion.domain.LeadConversion;
import io.saola.crm.customer.conversion.domain.RejectionReason;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.Origin;

class LeadConversionTest {

    private static final Origin ORIGIN = new Origin("acme", "rep-lan", Instant.parse("2026-03-02T03:00:00Z"));
    private static final Address ADDRESS = new Address("12 Lý Thường Kiệt", null, "Hoàn Kiếm", "Hà Nội", null);

    @Test
    void aB2bLeadBecomesANeedIdentifiedOrganisationAndItsPersonAContact() {
        AccountDetails account = FromLead.account(b2b("Công ty Đặng Gia", "0912 345 678"));
        assertThat(account.type()).isEqualTo(AccountType.B2B);
        assertThat(account.name()).isEqualTo("Công ty Đặng Gia");
        assertThat(account.status()).isEqualTo(AccountStatus.NEED_IDENTIFIED);
        assertThat(account.mobile()).isEqualTo("+84912345678");
        assertThat(account.email()).isEqualTo("an@danggia.vn");
        ContactDetails contact = FromLead.contact(b2b("Công ty Đặng Gia", null), "acc-1", true);
        assertThat(contact.name()).isEqualTo("Nguyễn Văn An");
        assertThat(contact.accountId()).isEqualTo("acc-1");
        assertThat(contact.primary()).isTrue();
        AccountDetails individual = FromLead.account(request("B2C", null, null, "owner-1"));
        assertThat(individual.type()).isEqualTo(AccountType.B2C);
        assertThat(individual.name()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void unusableLeadDataIsRefusedAsInvalid() {
        assertRefused(() -> FromLead.account(b2b(" ", null)));
        assertRefused(() -> FromLead.account(b2b("Công ty", "12")));
        assertRefused(() -> FromLead.account(request("B2X", "Công ty", null, "owner-1")));
        assertRefused(() -> FromLead.requireOwner(request("B2B", "Công ty", null, " ")));
    }

    @Test
    void onlyEmptyFieldsOfAnExistingAccountAreFilledAndNoneOverwritten() {
        AccountDetails existing = new AccountDetails(AccountType.B2B, "Đặng Gia", AccountStatus.CUSTOMER, "Bán lẻ",
                null, null, "+84911111111", null, null, null, "c-9", null);
        AccountDetails fromLead = FromLead.account(b2b("Công ty Đặng Gia", "0912 345 678"));

        List<FilledField> fills = FromLead.accountFills(existing, fromLead);
        AccountDetails filled = FromLead.fill(existing, fills, fromLead);

        assertThat(fills).extracting(FilledField::field).containsExactly("email", "address", "description");
        assertThat(filled.mobile()).isEqualTo("+84911111111");
        assertThat(filled.name()).isEqualTo("Đặng Gia");
        assertThat(filled.status()).isEqualTo(AccountStatus.CUSTOMER);
        assertThat(filled.email()).isEqualTo("an@danggia.vn");
        assertThat(filled.address()).isEqualTo(ADDRESS);
        assertThat(filled.primaryContactId()).isEqualTo("c-9");
        AccountDetails changedMeanwhile = new AccountDetails(AccountType.B2B, "Đặng Gia", AccountStatus.CUSTOMER,
                "Bán lẻ", null, null, "+84911111111", "khac@danggia.vn", null, null, "c-9", null);
        assertThat(FromLead.fill(changedMeanwhile, fills, fromLead).email()).isEqualTo("khac@danggia.vn");
    }

    @Test
    void restoringEmptiesOnlyTheFilledFieldsThatStillHoldTheValueWritten() {
        AccountDetails existing = new AccountDetails(AccountType.B2B, "Đặng Gia", null, null, null, null, null, null,
                null, null, null, null);
        AccountDetails fromLead = FromLead.account(b2b("Công ty Đặng Gia", "0912 345 678"));
        List<FilledField> fills = FromLead.accountFills(existing, fromLead);
        AccountDetails filled = FromLead.fill(existing, fills, fromLead);
        AccountDetails edited = new AccountDetails(filled.type(), filled.name(), filled.status(), null, null, null,
                filled.mobile(), "moi@danggia.vn", null, filled.address(), null, filled.description());

        AccountDetails restored = FromLead.restore(edited, fills);

        assertThat(restored.mobile()).isNull();
        assertThat(restored.address()).isNull();
        assertThat(restored.description()).isNull();
        assertThat(restored.email()).isEqualTo("moi@danggia.vn");
        assertThat(FromLead.emptyAgain(restored, fills)).isEqualTo(fills.size() - 1);

        ContactDetails contact = new ContactDetails("An", null, null, "+84912000999", null, null, false, null);
        ContactDetails contactFromLead = FromLead.contact(b2b("Công ty", null), "acc-1", false);
        List<FilledField> contactFills = FromLead.contactFills(contact, contactFromLead);
        ContactDetails linked = FromLead.fill(contact, contactFills, contactFromLead);
        assertThat(linked.accountId()).isEqualTo("acc-1");
        assertThat(linked.mobile()).isEqualTo("+84912000999");
        assertThat(FromLead.restore(linked, contactFills)).isEqualTo(contact);
    }

    @Test
    void theRecordsAConversionMakesHaveIdsFromItsConversionId() {
        assertThat(LeadConversion.accountIdFor("conv-1")).isEqualTo(LeadConversion.accountIdFor("conv-1"))
                .isNotEqualTo(LeadConversion.accountIdFor("conv-2"))
                .isNotEqualTo(LeadConversion.contactIdFor("conv-1"));
    }

    @Test
    void aFinishedConversionAnswersWithItsRecordsAndAnswersAgainTheSame() {
        Changed<LeadConversion> started = LeadConversion.start("conv-1", "lead-1", plan(), ORIGIN);
        assertThat(started.events()).isEmpty();

        Changed<LeadConversion> done = started.state().finish(3, ORIGIN);
        Changed<LeadConversion> again = done.state().answerAgain(ORIGIN);

        assertThat(done.state().state()).isEqualTo(ConversionState.DONE);
        AccountCreatedForLead first = (AccountCreatedForLead) done.events().get(0);
        AccountCreatedForLead second = (AccountCreatedForLead) again.events().get(0);
        assertThat(first.aggregateId()).isEqualTo("conv-1");
        assertThat(first.leadId()).isEqualTo("lead-1");
        assertThat(first.accountId()).isEqualTo("acc-1");
        assertThat(first.contactId()).isEqualTo("con-1");
        assertThat(first.activitiesMoved()).isEqualTo(3);
        assertThat(first.aggregateVersion()).isEqualTo(1);
        assertThat(second).usingRecursiveComparison().ignoringFields("eventId", "aggregateVersion").isEqualTo(first);
        assertThat(second.aggregateVersion()).isEqualTo(2);
        assertThatThrownBy(() -> done.state().finish(3, ORIGIN)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRejectionAndACompensationTellWhatHappened() {
        Changed<LeadConversion> rejected = LeadConversion.rejectAtOnce("conv-1", "lead-1",
                RejectionReason.ACCOUNT_NOT_FOUND, "No account 'x'", ORIGIN);
        LeadConversionRejected refusal = (LeadConversionRejected) rejected.events().get(0);
        assertThat(refusal.reason()).isEqualTo("ACCOUNT_NOT_FOUND");
        assertThat(((LeadConversionRejected) rejected.state().answerAgain(ORIGIN).events().get(0)).reason())
                .isEqualTo("ACCOUNT_NOT_FOUND");

        Changed<LeadConversion> tombstone = LeadConversion.compensateBeforeStart("conv-2", "lead-1", ORIGIN);
        assertThat(tombstone.state().state()).isEqualTo(ConversionState.COMPENSATED);
        assertThat(((LeadConversionCompensated) tombstone.events().get(0)).accountRemoved()).isFalse();
        assertThatThrownBy(() -> tombstone.state().compensate(ConversionOutcome.nothing(), ORIGIN))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tombstone.state().answerAgain(ORIGIN)).isInstanceOf(IllegalStateException.class);

        Changed<LeadConversion> done = LeadConversion.start("conv-3", "lead-1", plan(), ORIGIN).state()
                .finish(2, ORIGIN);
        LeadConversionCompensated undone = (LeadConversionCompensated) done.state()
                .compensate(new ConversionOutcome(true, true, 1, 2), ORIGIN).events().get(0);
        assertThat(undone.accountRemoved()).isTrue();
        assertThat(undone.fieldsRestored()).isEqualTo(1);
        assertThat(undone.activitiesReturned()).isEqualTo(2);
        assertThat(undone.aggregateVersion()).isEqualTo(2);
    }

    private static ConversionPlan plan() {
        return new ConversionPlan("acc-1", true, "con-1", true, true, List.of());
    }

    private static void assertRefused(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(ConversionRefusedException.class)
                .extracting(e -> ((ConversionRefusedException) e).reason())
                .isEqualTo(RejectionReason.INVALID_LEAD_DATA);
    }

    private static ConversionRequest b2b(String company, String mobile) {
        return new ConversionRequest("conv-1", "lead-1", 1, "B2B", "rep-lan", "owner-1", null, "Nguyễn Văn An",
                company, "Giám đốc", "An@DangGia.vn", mobile, null, ADDRESS, "Quan tâm ERP", "WEBSITE", null, null);
    }

    private static ConversionRequest request(String kind, String company, String mobile, String owner) {
        return new ConversionRequest("conv-1", "lead-1", 1, kind, "rep-lan", owner, null, "Nguyễn Văn An", company,
                null, null, mobile, null, null, null, null, null, null);
    }
}
