package io.saola.crm.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an aggregate: an immutable, past-tense record ({@code LeadConversionRequested})
 * defined once in the owning service's published contract. Plain Java on purpose, so domain packages can
 * implement it without depending on Spring, MongoDB or Kafka.
 *
 * <pre>{@code
 * public record LeadQualified(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
 *         Instant occurredAt, String qualifiedBy) implements DomainEvent {
 * }
 * }</pre>
 *
 * Its whole state, these five fields included, is the JSON payload on the wire.
 */
public interface DomainEvent {

    /** Unique per event; consumers de-duplicate by it. */
    UUID eventId();

    /** Slug of the workspace (tenant) the aggregate belongs to. */
    String workspace();

    /** Id of the aggregate that raised the event; also the Kafka key, so an aggregate's events stay in order. */
    String aggregateId();

    /** Version of the aggregate after the change, so consumers can ignore stale or repeated events. */
    long aggregateVersion();

    Instant occurredAt();

    /** The stable type name on the wire ({@code ce_type}); see {@link #typeOf(Class)}. */
    default String eventType() {
        return typeOf(getClass());
    }

    /**
     * The type name of an event class: the value of its {@link EventType} annotation, else its simple class
     * name with version 1 ({@code LeadQualified.v1}).
     */
    static String typeOf(Class<? extends DomainEvent> type) {
        EventType declared = type.getAnnotation(EventType.class);
        return declared != null ? declared.value() : type.getSimpleName() + ".v1";
    }
}
