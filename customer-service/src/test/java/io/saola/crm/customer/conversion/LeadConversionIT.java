package io.saola.crm.customer.conversion;

import static io.saola.crm.customer.conversion.SalesLeadEvents.b2b;
import static io.saola.crm.customer.conversion.SalesLeadEvents.b2c;
import static io.saola.crm.customer.conversion.SalesLeadEvents.failed;
import static io.saola.crm.customer.conversion.SalesLeadEvents.record;
import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.person;
import static io.saola.crm.customer.support.Customers.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.account.domain.Account;
import io.saola.crm.customer.account.domain.Accounts;
import io.saola.crm.customer.activity.ActivityApiTest;
import io.saola.crm.customer.api.CustomerTopics;
import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.customer.contact.domain.Contacts;
import io.saola.crm.customer.conversion.SalesLeadEvents.LeadConversionRequested;
import io.saola.crm.customer.conversion.SalesLeadEvents.LeadQualified;
import io.saola.crm.customer.conversion.domain.ConversionState;
import io.saola.crm.customer.conversion.domain.LeadConversion;
import io.saola.crm.customer.conversion.domain.LeadConversions;
import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.kafka.TopicReader;

/**
 * The customer side of the conversion saga on the real broker and store: sales-service's events go in on the
 * lead topic, the records and the answers on the conversion topic come out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadConversionIT extends CustomerApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP, "north");
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);
    private final String leadId = "lead-" + UUID.randomUUID();
    private final String conversionId = UUID.randomUUID().toString();

    @Autowired
    private Accounts accounts;
    @Autowired
    private Contacts contacts;
    @Autowired
    private LeadConversions conversions;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.shared().registerProperties(registry);
    }

    @BeforeAll
    static void leadTopic() {
        TestKafka.shared().createTopics(SalesLeadEvents.LEAD_TOPIC);
    }

    @Test
    void convertsB2bLeadIntoNeedIdentifiedAccountWithPrimaryContactAndItsActivities() {
        String firstCall = logCallAboutLead();
        String secondCall = logCallAboutLead();

        send(b2b(workspace, leadId, conversionId));

        ConsumerRecord<String, String> answer = awaitAnswers(conversionId, 1).get(0);
        assertThat(header(answer, "ce_type")).isEqualTo("AccountCreatedForLead.v1");
        assertThat(header(answer, "ce_tenantid")).isEqualTo(workspace);
        assertThat(header(answer, "ce_source")).isEqualTo("customer-service");
        assertThat(header(answer, "ce_subject")).isEqualTo(conversionId);
        JsonNode created = json(answer);
        String accountId = LeadConversion.accountIdFor(conversionId);
        String contactId = LeadConversion.contactIdFor(conversionId);
        assertThat(created.get("workspace").asString()).isEqualTo(workspace);
        assertThat(created.get("aggregateId").asString()).isEqualTo(conversionId);
        assertThat(created.get("leadId").asString()).isEqualTo(leadId);
        assertThat(created.get("conversionId").asString()).isEqualTo(conversionId);
        assertThat(created.get("accountId").asString()).isEqualTo(accountId);
        assertThat(created.get("contactId").asString()).isEqualTo(contactId);
        assertThat(created.get("accountCreated").asBoolean()).isTrue();
        assertThat(created.get("contactCreated").asBoolean()).isTrue();
        assertThat(created.get("activitiesMoved").asInt()).isEqualTo(2);

        JsonNode account = get(rep, "/api/accounts/" + accountId).json();
        assertThat(account.get("type").asString()).isEqualTo("B2B");
        assertThat(account.get("name").asString()).isEqualTo("Công ty TNHH Đặng Gia");
        assertThat(account.get("status").asString()).isEqualTo("NEED_IDENTIFIED");
        assertThat(account.get("sourceLeadId").asString()).isEqualTo(leadId);
        assertThat(account.get("ownerId").asString()).isEqualTo("rep-lan");
        assertThat(account.get("teamId").asString()).isEqualTo("north");
        assertThat(account.get("createdBy").asString()).isEqualTo("rep-lan");
        assertThat(account.get("address").get("city").asString()).isEqualTo("Hà Nội");
        JsonNode contact = get(rep, "/api/contacts/" + contactId).json();
        assertThat(contact.get("name").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(contact.get("email").asString()).isEqualTo("an.nguyen@danggia.vn");
        assertThat(contact.get("accountId").asString()).isEqualTo(accountId);
        assertThat(contact.get("company").asString()).isEqualTo("Công ty TNHH Đặng Gia");
        assertThat(contact.get("primary").asBoolean()).isTrue();
        assertThat(contact.get("sourceLeadId").asString()).isEqualTo(leadId);
        await().atMost(WAIT).until(() -> contactId.equals(text(get(rep, "/api/accounts/" + accountId).json(),
                "primaryContactId")));
        assertThat(ids(activitiesAbout("ACCOUNT", accountId))).containsExactlyInAnyOrder(firstCall, secondCall);
        assertThat(activitiesAbout("LEAD", leadId)).isEmpty();
        assertThat(ids(list("/api/contacts", "sourceLeadId eq '" + leadId + "'"))).containsExactly(contactId);
        assertThat(ids(list("/api/accounts", "sourceLeadId eq '" + leadId + "'"))).containsExactly(accountId);

        try (TopicReader accountEvents = TestKafka.shared().read(CustomerTopics.ACCOUNT)) {
            ConsumerRecord<String, String> accountCreated = accountEvents.awaitAtLeast(1,
                    r -> accountId.equals(r.key())).get(0);
            assertThat(header(accountCreated, "ce_type")).isEqualTo("AccountCreated.v1");
            assertThat(json(accountCreated).get("createdBy").asString()).isEqualTo("rep-lan");
        }
        try (TopicReader contactEvents = TestKafka.shared().read(CustomerTopics.CONTACT)) {
            ConsumerRecord<String, String> contactCreated = contactEvents.awaitAtLeast(1,
                    r -> contactId.equals(r.key())).get(0);
            assertThat(json(contactCreated).get("contact").get("sourceLeadId").asString()).isEqualTo(leadId);
        }
        JsonNode history = get(rep, "/api/accounts/" + accountId + "/history").json();
        JsonNode creation = history.get(history.size() - 1);
        assertThat(creation.get("kind").asString()).isEqualTo("CREATED");
        assertThat(creation.get("changedBy").asString()).isEqualTo("rep-lan");
    }

    @Test
    void convertsB2cLeadIntoIndividualAccountWithoutContact() {
        logCallAboutLead();

        send(b2c(workspace, leadId, conversionId));

        JsonNode created = json(awaitAnswers(conversionId, 1).get(0));
        String accountId = LeadConversion.accountIdFor(conversionId);
        assertThat(created.get("accountId").asString()).isEqualTo(accountId);
        assertThat(text(created, "contactId")).isNull();
        assertThat(created.get("contactCreated").asBoolean()).isFalse();
        assertThat(created.get("activitiesMoved").asInt()).isEqualTo(1);
        JsonNode account = get(rep, "/api/accounts/" + accountId).json();
        assertThat(account.get("type").asString()).isEqualTo("B2C");
        assertThat(account.get("name").asString()).isEqualTo("Trần Thị Bích");
        assertThat(account.get("status").asString()).isEqualTo("NEED_IDENTIFIED");
        assertThat(account.get("mobile").asString()).isEqualTo("+84987654321");
        assertThat(list("/api/contacts", "sourceLeadId eq '" + leadId + "'")).isEmpty();
        assertThat(activitiesAbout("ACCOUNT", accountId)).hasSize(1);
    }

    @Test
    void convertsIntoAnExistingAccountAndContactFillingOnlyTheirEmptyFields() {
        String existingAccount = post(rep, "/api/accounts", with(organisation("Công ty Đặng Gia"),
                "email", "info@danggia.vn")).id();
        String existingContact = post(rep, "/api/contacts", with(person("Nguyễn Văn An"), "title", null,
                "mobile", "0912 000 999")).id();
        logCallAboutLead();

        send(b2b(workspace, leadId, conversionId).into(existingAccount, existingContact));

        JsonNode created = json(awaitAnswers(conversionId, 1).get(0));
        assertThat(created.get("accountId").asString()).isEqualTo(existingAccount);
        assertThat(created.get("contactId").asString()).isEqualTo(existingContact);
        assertThat(created.get("accountCreated").asBoolean()).isFalse();
        assertThat(created.get("contactCreated").asBoolean()).isFalse();
        assertThat(created.get("activitiesMoved").asInt()).isEqualTo(1);
        JsonNode account = get(rep, "/api/accounts/" + existingAccount).json();
        assertThat(account.get("name").asString()).isEqualTo("Công ty Đặng Gia");
        assertThat(account.get("status").asString()).isEqualTo("NEW");
        assertThat(account.get("email").asString()).isEqualTo("info@danggia.vn");
        assertThat(account.get("mobile").asString()).isEqualTo("+84912345678");
        assertThat(account.get("phone").asString()).isEqualTo("+842438123456");
        assertThat(account.get("description").asString()).isEqualTo("Quan tâm phần mềm ERP");
        assertThat(account.get("industry").asString()).isEqualTo("Bán lẻ");
        JsonNode contact = get(rep, "/api/contacts/" + existingContact).json();
        assertThat(contact.get("title").asString()).isEqualTo("Giám đốc");
        assertThat(contact.get("mobile").asString()).isEqualTo("+84912000999");
        assertThat(contact.get("email").asString()).isEqualTo("an.nguyen@danggia.vn");
        assertThat(contact.get("accountId").asString()).isEqualTo(existingAccount);
        assertThat(accountOf(LeadConversion.accountIdFor(conversionId))).isNull();
        assertThat(list("/api/accounts", "sourceLeadId eq '" + leadId + "'")).isEmpty();
        assertThat(activitiesAbout("ACCOUNT", existingAccount)).hasSize(1);
    }

    @Test
    void aNewContactInAnExistingAccountIsPrimaryOnlyWhenTheAccountHasNone() {
        String withoutContacts = post(rep, "/api/accounts", organisation("Công ty Chưa Có Ai")).id();
        String withPrimary = post(rep, "/api/accounts", organisation("Công ty Đã Có Người")).id();
        String primary = post(rep, "/api/contacts", with(person("Hồ Văn Chính"), "accountId", withPrimary,
                "primary", true)).id();
        String secondConversion = UUID.randomUUID().toString();

        send(b2b(workspace, leadId, conversionId).into(withoutContacts, null));
        send(b2b(workspace, leadId, secondConversion).into(withPrimary, null));

        String firstContact = json(awaitAnswers(conversionId, 1).get(0)).get("contactId").asString();
        String secondContact = json(awaitAnswers(secondConversion, 1).get(0)).get("contactId").asString();
        assertThat(firstContact).isEqualTo(LeadConversion.contactIdFor(conversionId));
        assertThat(get(rep, "/api/contacts/" + firstContact).json().get("primary").asBoolean()).isTrue();
        assertThat(get(rep, "/api/contacts/" + firstContact).json().get("accountId").asString())
                .isEqualTo(withoutContacts);
        assertThat(get(rep, "/api/contacts/" + secondContact).json().get("primary").asBoolean()).isFalse();
        assertThat(get(rep, "/api/contacts/" + primary).json().get("primary").asBoolean()).isTrue();
        await().atMost(WAIT).until(() -> firstContact.equals(text(get(rep, "/api/accounts/" + withoutContacts)
                .json(), "primaryContactId")));
    }

    @Test
    void aRequestWhosePayloadNamesAnotherWorkspaceIsDeadLetteredAndMakesNothing() {
        String call = logCallAboutLead();
        LeadConversionRequested theirs = b2b("ws-elsewhere", leadId, conversionId);
        var misdirected = record(theirs);
        misdirected.headers().remove("ce_tenantid");
        misdirected.headers().add("ce_tenantid", workspace.getBytes(StandardCharsets.UTF_8));

        TestKafka.shared().send(misdirected);

        try (TopicReader deadLetters = TestKafka.shared().read(SalesLeadEvents.LEAD_TOPIC + ".dlt")) {
            deadLetters.awaitAtLeast(1, r -> theirs.eventId().toString().equals(header(r, "ce_id")));
        }
        assertThat(conversion(conversionId)).isNull();
        assertNothingMadeFor(conversionId, call);
    }

    @Test
    void aFailedConversionRemovesWhatItMadeAndReturnsTheActivitiesToTheLead() {
        String call = logCallAboutLead();
        send(b2b(workspace, leadId, conversionId));
        awaitAnswers(conversionId, 1);
        String accountId = LeadConversion.accountIdFor(conversionId);
        String contactId = LeadConversion.contactIdFor(conversionId);

        send(failed(workspace, leadId, conversionId));

        ConsumerRecord<String, String> answer = awaitAnswers(conversionId, 2).get(1);
        assertThat(header(answer, "ce_type")).isEqualTo("LeadConversionCompensated.v1");
        JsonNode compensated = json(answer);
        assertThat(compensated.get("leadId").asString()).isEqualTo(leadId);
        assertThat(compensated.get("accountRemoved").asBoolean()).isTrue();
        assertThat(compensated.get("contactRemoved").asBoolean()).isTrue();
        assertThat(compensated.get("fieldsRestored").asInt()).isZero();
        assertThat(compensated.get("activitiesReturned").asInt()).isEqualTo(1);
        Account account = accountOf(accountId);
        assertThat(account.isDeleted()).isTrue();
        assertThat(account.deletedBy()).isEqualTo("customer-service");
        Contact contact = contactOf(contactId);
        assertThat(contact.isDeleted()).isTrue();
        assertThat(contact.deletedBy()).isEqualTo("customer-service");
        assertThat(get(rep, "/api/accounts/" + accountId).status()).isEqualTo(404);
        assertThat(list("/api/contacts", "sourceLeadId eq '" + leadId + "'")).isEmpty();
        assertThat(ids(activitiesAbout("LEAD", leadId))).containsExactly(call);
        assertThat(activitiesAbout("ACCOUNT", accountId)).isEmpty();
        try (TopicReader accountEvents = TestKafka.shared().read(CustomerTopics.ACCOUNT)) {
            assertThat(accountEvents.awaitAtLeast(2, r -> accountId.equals(r.key())))
                    .extracting(r -> header(r, "ce_type")).contains("AccountDeleted.v1");
        }

        send(failed(workspace, leadId, conversionId));
        send(b2b(workspace, leadId, conversionId).attempt(2));
        String laterConversion = UUID.randomUUID().toString();
        send(b2c(workspace, leadId, laterConversion));
        awaitAnswers(laterConversion, 1);
        assertThat(conversion(conversionId).state()).isEqualTo(ConversionState.COMPENSATED);
        assertThat(conversion(conversionId).version()).as("started, done, compensated; nothing after").isEqualTo(2);
        assertThat(accountOf(accountId).isDeleted()).isTrue();
    }

    @Test
    void compensationRestoresAFilledFieldOnlyWhileItStillHoldsTheValueWritten() {
        String existingAccount = post(rep, "/api/accounts", with(organisation("Công ty Đặng Gia"),
                "email", "info@danggia.vn")).id();
        send(b2c(workspace, leadId, conversionId).into(existingAccount, null));
        awaitAnswers(conversionId, 1);
        JsonNode filled = get(rep, "/api/accounts/" + existingAccount).json();
        assertThat(filled.get("mobile").asString()).isEqualTo("+84987654321");
        assertThat(filled.get("description").asString()).isEqualTo("Mua gói gia đình");
        put(rep, "/api/accounts/" + existingAccount, with(organisation("Công ty Đặng Gia"), "email",
                "info@danggia.vn", "mobile", "+84987654321", "description", "Khách quen"),
                "\"" + filled.get("version").asLong() + "\"");

        send(failed(workspace, leadId, conversionId));

        JsonNode compensated = json(awaitAnswers(conversionId, 2).get(1));
        assertThat(compensated.get("accountRemoved").asBoolean()).isFalse();
        assertThat(compensated.get("fieldsRestored").asInt()).isEqualTo(1);
        JsonNode account = get(rep, "/api/accounts/" + existingAccount).json();
        assertThat(text(account, "mobile")).isNull();
        assertThat(account.get("description").asString()).isEqualTo("Khách quen");
        assertThat(account.get("email").asString()).isEqualTo("info@danggia.vn");
        assertThat(account.get("updatedBy").asString()).isEqualTo("customer-service");
    }

    @Test
    void aFailureThatOvertakesItsRequestLeavesATombstoneAndTheLateRequestMakesNothing() {
        String call = logCallAboutLead();

        send(failed(workspace, leadId, conversionId));
        ConsumerRecord<String, String> tombstone = awaitAnswers(conversionId, 1).get(0);
        assertThat(header(tombstone, "ce_type")).isEqualTo("LeadConversionCompensated.v1");
        assertThat(json(tombstone).get("accountRemoved").asBoolean()).isFalse();
        assertThat(json(tombstone).get("activitiesReturned").asInt()).isZero();

        send(b2b(workspace, leadId, conversionId));
        String laterConversion = UUID.randomUUID().toString();
        send(b2c(workspace, leadId, laterConversion));
        awaitAnswers(laterConversion, 1);

        assertThat(conversion(conversionId).state()).isEqualTo(ConversionState.COMPENSATED);
        assertThat(conversion(conversionId).version()).isZero();
        assertThat(accountOf(LeadConversion.accountIdFor(conversionId))).isNull();
        assertThat(contactOf(LeadConversion.contactIdFor(conversionId))).isNull();
        assertThat(ids(activitiesAbout("ACCOUNT", LeadConversion.accountIdFor(laterConversion))))
                .containsExactly(call);
    }

    @Test
    void aConversionRequestedTwiceMakesOneAccountAndContactAndAnswersWithTheSameIds() {
        logCallAboutLead();
        LeadConversionRequested first = b2b(workspace, leadId, conversionId);

        send(first);
        send(first);
        send(first.attempt(2));
        send(new LeadQualified(UUID.randomUUID(), workspace, leadId, 9, Instant.now(), "rep-lan"));

        List<ConsumerRecord<String, String>> answers = awaitAnswers(conversionId, 2);
        assertThat(answers).extracting(r -> header(r, "ce_type")).containsOnly("AccountCreatedForLead.v1");
        assertThat(answers).extracting(r -> json(r).get("accountId").asString())
                .containsOnly(LeadConversion.accountIdFor(conversionId));
        assertThat(answers).extracting(r -> json(r).get("contactId").asString())
                .containsOnly(LeadConversion.contactIdFor(conversionId));
        assertThat(answers).extracting(r -> json(r).get("activitiesMoved").asInt()).containsOnly(1);
        assertThat(list("/api/accounts", "sourceLeadId eq '" + leadId + "'")).hasSize(1);
        assertThat(list("/api/contacts", "sourceLeadId eq '" + leadId + "'")).hasSize(1);
        assertThat(conversion(conversionId).version()).as("the same delivery twice is answered once").isEqualTo(2);
    }

    @Test
    void anExistingAccountThatCannotBeFoundRejectsTheConversionAndMakesNothing() {
        String call = logCallAboutLead();
        String otherWorkspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        String theirs = post(caller(otherWorkspace, "rep-khac", Role.SALES_REP), "/api/accounts",
                organisation("Công ty Khác")).id();

        send(b2b(workspace, leadId, conversionId).into(theirs, null));

        ConsumerRecord<String, String> answer = awaitAnswers(conversionId, 1).get(0);
        assertThat(header(answer, "ce_type")).isEqualTo("LeadConversionRejected.v1");
        assertThat(json(answer).get("reason").asString()).isEqualTo("ACCOUNT_NOT_FOUND");
        assertThat(json(answer).get("leadId").asString()).isEqualTo(leadId);
        assertNothingMadeFor(conversionId, call);
        Caller them = caller(otherWorkspace, "manager-khac", Role.SALES_MANAGER);
        assertThat(text(get(them, "/api/accounts/" + theirs).json(), "description")).isNull();
        assertThat(get(them, "/api/accounts/" + theirs).json().get("version").asLong()).isZero();

        send(failed(workspace, leadId, conversionId));
        ConsumerRecord<String, String> compensated = awaitAnswers(conversionId, 2).get(1);
        assertThat(header(compensated, "ce_type")).isEqualTo("LeadConversionCompensated.v1");
        assertThat(json(compensated).get("accountRemoved").asBoolean()).isFalse();
    }

    @Test
    void aContactOfAnotherAccountOrMissingRejectsTheConversion() {
        String account = post(rep, "/api/accounts", organisation("Công ty Một")).id();
        String otherAccount = post(rep, "/api/accounts", organisation("Công ty Hai")).id();
        String contactOfOther = post(rep, "/api/contacts", with(person("Lê Văn Cường"), "accountId", otherAccount))
                .id();
        String call = logCallAboutLead();

        send(b2b(workspace, leadId, conversionId).into(account, contactOfOther));
        String missingContact = UUID.randomUUID().toString();
        send(b2b(workspace, leadId, missingContact).into(account, "no-such-contact"));
        String noCompany = UUID.randomUUID().toString();
        send(b2b(workspace, leadId, noCompany).withCompany(" "));

        assertThat(json(awaitAnswers(conversionId, 1).get(0)).get("reason").asString())
                .isEqualTo("CONTACT_NOT_OF_ACCOUNT");
        assertThat(json(awaitAnswers(missingContact, 1).get(0)).get("reason").asString())
                .isEqualTo("CONTACT_NOT_FOUND");
        assertThat(json(awaitAnswers(noCompany, 1).get(0)).get("reason").asString())
                .isEqualTo("INVALID_LEAD_DATA");
        assertNothingMadeFor(conversionId, call);
        assertThat(get(rep, "/api/accounts/" + account).json().get("version").asLong()).isZero();
        assertThat(get(rep, "/api/contacts/" + contactOfOther).json().get("accountId").asString())
                .isEqualTo(otherAccount);
    }

    @Test
    void eventsOfOneWorkspaceNeverTouchAnotherWorkspacesRecords() {
        String otherWorkspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        Caller them = caller(otherWorkspace, "rep-khac", Role.SALES_REP);
        post(them, "/api/activities", ActivityApiTest.call(leadId, "2026-03-01T03:00:00Z", true));

        send(b2b(workspace, leadId, conversionId));
        awaitAnswers(conversionId, 1);

        assertThat(json(awaitAnswers(conversionId, 1).get(0)).get("activitiesMoved").asInt()).isZero();
        assertThat(get(them, "/api/activities?aboutType=LEAD&aboutId=" + leadId).json().get("items")).hasSize(1);
        assertThat(get(them, "/api/accounts/" + LeadConversion.accountIdFor(conversionId)).status())
                .isEqualTo(404);
        assertThat(get(rep, "/api/accounts/" + LeadConversion.accountIdFor(conversionId)).status()).isEqualTo(200);
    }

    private void assertNothingMadeFor(String conversion, String call) {
        assertThat(accountOf(LeadConversion.accountIdFor(conversion))).isNull();
        assertThat(contactOf(LeadConversion.contactIdFor(conversion))).isNull();
        assertThat(list("/api/accounts", "sourceLeadId eq '" + leadId + "'")).isEmpty();
        assertThat(list("/api/contacts", "sourceLeadId eq '" + leadId + "'")).isEmpty();
        assertThat(ids(activitiesAbout("LEAD", leadId))).containsExactly(call);
    }

    private void send(io.saola.crm.platform.events.DomainEvent event) {
        TestKafka.shared().send(record(event));
    }

    private String logCallAboutLead() {
        return post(rep, "/api/activities", ActivityApiTest.call(leadId, "2026-03-01T03:00:00Z", true)).id();
    }

    private List<ConsumerRecord<String, String>> awaitAnswers(String conversion, int count) {
        try (TopicReader answers = TestKafka.shared().read(CustomerTopics.CONVERSION)) {
            return answers.awaitAtLeast(count, r -> conversion.equals(r.key()));
        }
    }

    /** The stored conversion record: its version counts the answers it raised after the first. */
    private LeadConversion conversion(String id) {
        return WorkspaceContext.callAs(WorkspaceId.of(workspace), () -> conversions.find(id).orElse(null));
    }

    private JsonNode activitiesAbout(String type, String id) {
        return get(manager, "/api/activities?aboutType=" + type + "&aboutId=" + id).json().get("items");
    }

    private JsonNode list(String path, String filter) {
        return get(manager, path + "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)).json()
                .get("items");
    }

    private Account accountOf(String id) {
        return WorkspaceContext.callAs(WorkspaceId.of(workspace), () -> accounts.find(id).orElse(null));
    }

    private Contact contactOf(String id) {
        return WorkspaceContext.callAs(WorkspaceId.of(workspace), () -> contacts.find(id).orElse(null));
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
