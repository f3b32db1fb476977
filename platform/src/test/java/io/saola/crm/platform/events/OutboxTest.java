package io.saola.crm.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

class OutboxTest {

    private final Outbox outbox = new Outbox("sales-service");

    @EventType("LeadConverted.v2")
    record LeadConvertedAgain(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
            Instant occurredAt) implements DomainEvent {
    }

    @Test
    void recordsAnEventWithItsCloudEventsAttributesAndJsonPayload() {
        LeadQualified event = LeadQualified.of("acme", "lead-1", 7);

        OutboxRecord record = outbox.record("crm.sales.lead.v1", event);

        assertThat(record.eventId()).isEqualTo(event.eventId().toString());
        assertThat(record.topic()).isEqualTo("crm.sales.lead.v1");
        assertThat(record.key()).isEqualTo("lead-1");
        assertThat(record.subject()).isEqualTo("lead-1");
        assertThat(record.type()).isEqualTo("LeadQualified.v1");
        assertThat(record.source()).isEqualTo("sales-service");
        assertThat(record.workspace()).isEqualTo("acme");
        assertThat(record.occurredAt()).isEqualTo(event.occurredAt());
        assertThat(record.payload()).contains("\"workspace\":\"acme\"", "\"aggregateVersion\":7",
                "\"occurredAt\":\"" + event.occurredAt() + "\"").doesNotContain("eventType");
    }

    @Test
    void typeNameIsTheSimpleClassNameAtVersionOneUnlessPinned() {
        assertThat(DomainEvent.typeOf(LeadQualified.class)).isEqualTo("LeadQualified.v1");
        assertThat(DomainEvent.typeOf(LeadConvertedAgain.class)).isEqualTo("LeadConverted.v2");
        assertThat(new LeadConvertedAgain(UUID.randomUUID(), "acme", "l", 1, Instant.now()).eventType())
                .isEqualTo("LeadConverted.v2");
    }

    @Test
    void appendingKeepsThePendingRecordsFirst() {
        List<OutboxRecord> pending = outbox.append(null, "t", List.of(LeadQualified.of("acme", "l", 1)));

        List<OutboxRecord> next = outbox.append(pending, "t", List.of(LeadQualified.of("acme", "l", 2)));

        assertThat(next).hasSize(2).startsWith(pending.get(0));
        assertThat(pending).hasSize(1);
    }

    @Test
    void refusesAnEventOfAnotherWorkspaceThanTheCurrentOne() {
        LeadQualified event = LeadQualified.of("globex", "lead-1", 1);

        assertThatThrownBy(() -> WorkspaceContext.runAs(WorkspaceId.of("acme"), () -> outbox.record("t", event)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("globex");
    }

    @Test
    void receivedEventReadsTheAttributesAndMapsThePayloadBack() {
        LeadQualified event = LeadQualified.of("acme", "lead-1", 3);
        OutboxRecord record = outbox.record("crm.sales.lead.v1", event);

        ReceivedEvent received = ReceivedEvent.from(consumed(CloudEventHeaders.of(record), record.payload()));

        assertThat(received.id()).isEqualTo(record.eventId());
        assertThat(received.type()).isEqualTo("LeadQualified.v1");
        assertThat(received.source()).isEqualTo("sales-service");
        assertThat(received.time()).isEqualTo(event.occurredAt());
        assertThat(received.subject()).isEqualTo("lead-1");
        assertThat(received.workspace()).isEqualTo(WorkspaceId.of("acme"));
        assertThat(received.key()).isEqualTo("lead-1");
        assertThat(received.is(LeadQualified.class)).isTrue();
        assertThat(received.payloadAs(LeadQualified.class)).isEqualTo(event);
    }

    @Test
    void aRecordWithoutValidWorkspaceOrWithAnUnreadablePayloadIsRefused() {
        Headers noTenant = new RecordHeaders().add(CloudEventHeaders.ID, bytes("1"))
                .add(CloudEventHeaders.TYPE, bytes("X.v1"));
        Headers badTenant = new RecordHeaders(noTenant.toArray()).add(CloudEventHeaders.TENANT, bytes("Not A Slug"));
        Headers fine = new RecordHeaders(noTenant.toArray()).add(CloudEventHeaders.TENANT, bytes("acme"));

        assertThatThrownBy(() -> ReceivedEvent.from(consumed(noTenant, "{}")))
                .isInstanceOf(EventWithoutWorkspaceException.class);
        assertThatThrownBy(() -> ReceivedEvent.from(consumed(badTenant, "{}")))
                .isInstanceOf(EventWithoutWorkspaceException.class);
        assertThatThrownBy(() -> ReceivedEvent.from(consumed(fine, "not json")).payloadAs(LeadQualified.class))
                .isInstanceOf(UnreadableEventException.class);
    }

    private static ConsumerRecord<String, String> consumed(Headers headers, String value) {
        return new ConsumerRecord<>("crm.sales.lead.v1", 0, 0L, 0L, TimestampType.CREATE_TIME, -1, -1, "lead-1",
                value, headers, java.util.Optional.empty());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
