package io.saola.crm.customer.history.domain;

import java.time.Instant;
import java.util.List;

import io.saola.crm.customer.record.domain.ChangeKind;
import io.saola.crm.customer.record.domain.FieldChange;

/** One change of one record: the version it produced, what kind of change, who, when, and each field changed. */
public record HistoryEntry(String recordType, String recordId, long version, ChangeKind kind, String changedBy,
                           Instant changedAt, List<FieldChange> changes) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }
}
