package io.saola.crm.customer.history.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.customer.record.domain.FieldChange;

/** A history entry as stored; its id is record type, record id and version, so a retried write is a no-op. */
@Document(HistoryDocument.COLLECTION)
@CompoundIndex(name = "record_version", def = "{'tenantId': 1, 'recordType': 1, 'recordId': 1, 'version': -1}")
record HistoryDocument(@Id String id, String recordType, String recordId, long version, String kind,
                       String changedBy, Instant changedAt, List<FieldChange> changes) {

    static final String COLLECTION = "record_history";
}
