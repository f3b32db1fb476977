package io.saola.crm.platform.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Turns the events an aggregate raised into {@link OutboxRecord}s for its document. Auto-configured with the
 * service name ({@code spring.application.name}) as the CloudEvents source; inject it into the persistence
 * adapter:
 *
 * <pre>{@code
 * List<LeadEvent> raised = lead.convert(request);
 * leads.save(LeadDocument.from(lead, outbox.append(loaded.outbox(), LeadTopics.LEAD, raised)));
 * }</pre>
 */
public final class Outbox {

    private final String source;

    public Outbox(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("An outbox needs the name of the service that publishes");
        }
        this.source = source;
    }

    /** The record for one event, with its payload serialised as JSON. */
    public OutboxRecord record(String topic, DomainEvent event) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("An event needs a topic");
        }
        Objects.requireNonNull(event.eventId(), "eventId");
        Objects.requireNonNull(event.occurredAt(), "occurredAt");
        if (event.aggregateId() == null || event.aggregateId().isBlank()) {
            throw new IllegalArgumentException("Event " + event.eventId() + " has no aggregate id");
        }
        WorkspaceId workspace = WorkspaceId.of(event.workspace());
        Optional<WorkspaceId> current = WorkspaceContext.current();
        if (current.isPresent() && !current.get().equals(workspace)) {
            throw new IllegalArgumentException("Event " + event.eventId() + " belongs to workspace '" + workspace
                    + "' but is recorded while working for '" + current.get() + "'");
        }
        return new OutboxRecord(event.eventId().toString(), topic, event.aggregateId(), event.eventType(), source,
                event.aggregateId(), workspace.slug(), event.occurredAt(), EventJson.write(event));
    }

    /** A new list: the records still pending ({@code null} for none) followed by records for {@code events}. */
    public List<OutboxRecord> append(List<OutboxRecord> pending, String topic,
            Collection<? extends DomainEvent> events) {
        List<OutboxRecord> next = new ArrayList<>((pending == null ? 0 : pending.size()) + events.size());
        if (pending != null) {
            next.addAll(pending);
        }
        for (DomainEvent event : events) {
            next.add(record(topic, event));
        }
        return next;
    }

    public String source() {
        return source;
    }
}
