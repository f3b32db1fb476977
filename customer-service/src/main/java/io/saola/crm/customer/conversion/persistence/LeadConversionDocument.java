package io.saola.crm.customer.conversion.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.customer.conversion.domain.ConversionOutcome;
import io.saola.crm.customer.conversion.domain.ConversionPlan;
import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.OutboxRecord;

/** A conversion record as stored, under the conversion id, with its pending events; read by id only. */
@Document(LeadConversionDocument.COLLECTION)
record LeadConversionDocument(@Id String id, String leadId, String state, ConversionPlan plan, int activitiesMoved,
                              String rejectionReason, String rejectionMessage, ConversionOutcome outcome,
                              String actor, Instant startedAt, Instant finishedAt, List<OutboxRecord> outbox,
                              @Version Long version) implements HasOutbox {

    static final String COLLECTION = "lead_conversions";
}
