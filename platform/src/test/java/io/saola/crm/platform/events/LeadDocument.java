package io.saola.crm.platform.events;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A test aggregate document that carries its pending events. */
@Document(LeadDocument.COLLECTION)
record LeadDocument(@Id String id, String status, List<OutboxRecord> outbox) implements HasOutbox {

    static final String COLLECTION = "test_leads";
    static final String TOPIC = "test.lead.v1";

    static LeadDocument raising(Outbox outbox, String id, LeadQualified... events) {
        return new LeadDocument(id, "QUALIFIED", outbox.append(null, TOPIC, List.of(events)));
    }
}
