package io.saola.crm.platform.events;

import java.time.Instant;
import java.util.UUID;

/** A test event, shaped like the services' published event records. */
record LeadQualified(UUID eventId, String workspace, String aggregateId, long aggregateVersion, Instant occurredAt,
        String qualifiedBy) implements DomainEvent {

    static LeadQualified of(String workspace, String leadId, long version) {
        return new LeadQualified(UUID.randomUUID(), workspace, leadId, version, Instant.now(), "rep-" + version);
    }
}
