package io.saola.crm.customer.conversion;

import static io.saola.crm.customer.conversion.SalesLeadEvents.b2b;
import static io.saola.crm.customer.conversion.SalesLeadEvents.failed;
import static io.saola.crm.customer.conversion.SalesLeadEvents.record;
import static io.saola.crm.customer.support.Customers.organisation;
import static io.saola.crm.customer.support.Customers.person;
import static io.saola.crm.customer.support.Customers.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.stubbing.Answer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.JsonNode;

import io.saola.crm.customer.account.application.AccountManagement;
import io.saola.crm.customer.activity.ActivityApiTest;
import io.saola.crm.customer.activity.application.MovingActivities;
import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.api.CustomerTopics;
import io.saola.crm.customer.contact.application.ContactManagement;
import io.saola.crm.customer.conversion.domain.ConversionState;
import io.saola.crm.customer.conversion.domain.LeadConversion;
import io.saola.crm.customer.conversion.domain.LeadConversions;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.kafka.TopicReader;

/**
 * Every step of the customer side failing once, before or right after its own write (a crash), and the
 * platform's redelivery that follows: the conversion converges on one account, one contact, the activities
 * moved and the same answer; a record vanishing half-way ends rejected with nothing left made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadConversionFailuresIT extends CustomerApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    private final Caller rep = caller(workspace, "rep-lan", Role.SALES_REP, "north");
    private final Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);
    private final String leadId = "lead-" + UUID.randomUUID();
    private final String conversionId = UUID.randomUUID().toString();
    private final String accountId = LeadConversion.accountIdFor(conversionId);
    private final String contactId = LeadConversion.contactIdFor(conversionId);
    private final Set<String> crashed = ConcurrentHashMap.newKeySet();

    @MockitoSpyBean
    private AccountManagement accountManagement;
    @MockitoSpyBean
    private ContactManagement contactManagement;
    @MockitoSpyBean
    private MovingActivities movingActivities;
    @MockitoSpyBean
    private LeadConversions conversions;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.shared().registerProperties(registry);
    }

    @BeforeAll
    static void leadTopic() {
        TestKafka.shared().createTopics(SalesLeadEvents.LEAD_TOPIC);
    }

    @ParameterizedTest(name = "{0} fails once, {1}")
    @CsvSource({"account, before writing", "account, after writing", "contact, before writing",
            "contact, after writing", "move, before writing", "move, after writing", "answer, before writing",
            "answer, after writing"})
    void aStepFailingOnceIsRedeliveredAndConvergesOnTheSameRecords(String step, String when) {
        Answer<Object> crash = crashOnce(step, when.startsWith("after"));
        switch (step) {
            case "account" -> doAnswer(crash).when(accountManagement).createForLead(eq(accountId), any(), any(),
                    any(), any());
            case "contact" -> doAnswer(crash).when(contactManagement).createForLead(eq(contactId), any(), any(),
                    any(), any());
            case "move" -> doAnswer(crash).when(movingActivities).move(eq(conversionId), any(RelatedRecord.class),
                    any(RelatedRecord.class), any());
            case "answer" -> doAnswer(crash).when(conversions).store(argThat(change -> isDone(change)));
            default -> throw new IllegalArgumentException(step);
        }
        String call = logCallAboutLead();

        send(b2b(workspace, leadId, conversionId));

        List<ConsumerRecord<String, String>> answers = awaitAnswers(conversionId, 1);
        assertThat(crashed).containsExactly(step);
        await().atMost(WAIT).until(() -> conversion().state() == ConversionState.DONE);
        for (ConsumerRecord<String, String> answer : answers) {
            assertThat(header(answer, "ce_type")).isEqualTo("AccountCreatedForLead.v1");
            assertThat(json(answer).get("accountId").asString()).isEqualTo(accountId);
            assertThat(json(answer).get("contactId").asString()).isEqualTo(contactId);
            assertThat(json(answer).get("activitiesMoved").asInt()).isEqualTo(1);
        }
        assertThat(ids(list("/api/accounts", leadId))).containsExactly(accountId);
        assertThat(ids(list("/api/contacts", leadId))).containsExactly(contactId);
        assertThat(get(rep, "/api/contacts/" + contactId).json().get("primary").asBoolean()).isTrue();
        assertThat(ids(activitiesAbout("ACCOUNT", accountId))).containsExactly(call);
        assertThat(activitiesAbout("LEAD", leadId)).isEmpty();
        try (TopicReader accountEvents = TestKafka.shared().read(CustomerTopics.ACCOUNT)) {
            assertThat(accountEvents.awaitAtLeast(1, r -> accountId.equals(r.key())))
                    .extracting(r -> header(r, "ce_type")).containsOnlyOnce("AccountCreated.v1");
        }
    }

    @Test
    void anExistingContactVanishingHalfWayRejectsAndRestoresTheAccountsFilledFields() {
        String existingAccount = post(rep, "/api/accounts", with(organisation("Công ty Đặng Gia"),
                "email", "info@danggia.vn")).id();
        String existingContact = post(rep, "/api/contacts", with(person("Nguyễn Văn An"), "accountId",
                existingAccount)).id();
        String call = logCallAboutLead();
        doAnswer(invocation -> crashed.add("contact") ? Optional.empty() : invocation.callRealMethod())
                .when(contactManagement).amend(eq(existingContact), any(), any());

        send(b2b(workspace, leadId, conversionId).into(existingAccount, existingContact));

        ConsumerRecord<String, String> answer = awaitAnswers(conversionId, 1).get(0);
        assertThat(header(answer, "ce_type")).isEqualTo("LeadConversionRejected.v1");
        assertThat(json(answer).get("reason").asString()).isEqualTo("CONTACT_NOT_FOUND");
        JsonNode account = get(rep, "/api/accounts/" + existingAccount).json();
        assertThat(account.get("version").asLong()).as("filled, then restored").isEqualTo(2);
        assertThat(text(account, "mobile")).isNull();
        assertThat(text(account, "phone")).isNull();
        assertThat(text(account, "description")).isNull();
        assertThat(text(account, "address")).isNull();
        assertThat(account.get("email").asString()).isEqualTo("info@danggia.vn");
        assertThat(get(rep, "/api/contacts/" + existingContact).json().get("version").asLong()).isZero();
        assertThat(ids(activitiesAbout("LEAD", leadId))).containsExactly(call);
        assertThat(conversion().state()).isEqualTo(ConversionState.REJECTED);
    }

    @Test
    void aCompensationFailingOnceHalfWayIsRedeliveredAndUndoesEverythingOnce() {
        String call = logCallAboutLead();
        send(b2b(workspace, leadId, conversionId));
        awaitAnswers(conversionId, 1);
        doAnswer(crashOnce("remove account", true)).when(accountManagement).removeForLead(eq(accountId), any());
        doAnswer(crashOnce("store compensated", true)).when(conversions)
                .store(argThat(change -> change.state().id().equals(conversionId)
                        && change.state().state() == ConversionState.COMPENSATED));

        send(failed(workspace, leadId, conversionId));

        ConsumerRecord<String, String> answer = awaitAnswers(conversionId, 2).get(1);
        assertThat(header(answer, "ce_type")).isEqualTo("LeadConversionCompensated.v1");
        assertThat(crashed).containsExactlyInAnyOrder("remove account", "store compensated");
        JsonNode compensated = json(answer);
        assertThat(compensated.get("accountRemoved").asBoolean()).isTrue();
        assertThat(compensated.get("contactRemoved").asBoolean()).isTrue();
        assertThat(compensated.get("activitiesReturned").asInt()).isEqualTo(1);
        assertThat(conversion().state()).isEqualTo(ConversionState.COMPENSATED);
        assertThat(conversion().version()).isEqualTo(2);
        assertThat(list("/api/accounts", leadId)).isEmpty();
        assertThat(list("/api/contacts", leadId)).isEmpty();
        assertThat(ids(activitiesAbout("LEAD", leadId))).containsExactly(call);
        try (TopicReader accountEvents = TestKafka.shared().read(CustomerTopics.ACCOUNT)) {
            assertThat(accountEvents.awaitAtLeast(2, r -> accountId.equals(r.key())))
                    .extracting(r -> header(r, "ce_type")).containsOnlyOnce("AccountDeleted.v1");
        }
    }

    /** Fails the first call only; {@code afterWriting}: the call's own write is done first (a crash after it). */
    private Answer<Object> crashOnce(String name, boolean afterWriting) {
        return invocation -> {
            if (!crashed.add(name)) {
                return invocation.callRealMethod();
            }
            if (afterWriting) {
                invocation.callRealMethod();
            }
            throw new IllegalStateException("Simulated crash at " + name);
        };
    }

    private boolean isDone(Changed<LeadConversion> change) {
        return change != null && change.state().id().equals(conversionId)
                && change.state().state() == ConversionState.DONE;
    }

    private LeadConversion conversion() {
        return WorkspaceContext.callAs(WorkspaceId.of(workspace), () -> conversions.find(conversionId).orElse(null));
    }

    private void send(DomainEvent event) {
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

    private JsonNode activitiesAbout(String type, String id) {
        return get(manager, "/api/activities?aboutType=" + type + "&aboutId=" + id).json().get("items");
    }

    private JsonNode list(String path, String lead) {
        String filter = URLEncoder.encode("sourceLeadId eq '" + lead + "'", StandardCharsets.UTF_8);
        return get(manager, path + "?filter=" + filter).json().get("items");
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
