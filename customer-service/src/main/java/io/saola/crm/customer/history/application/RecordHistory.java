package io.saola.crm.customer.history.application;

import java.util.List;

import org.springframework.stereotype.Service;

import io.saola.crm.customer.history.domain.HistoryEntries;
import io.saola.crm.customer.history.domain.HistoryEntry;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.platform.access.RecordType;

/**
 * Records and reads the history of records. Written right after the record's own write: callers check access
 * to the record before reading its history.
 */
@Service
public class RecordHistory {

    static final int MAX_ENTRIES = 500;

    private final HistoryEntries entries;

    RecordHistory(HistoryEntries entries) {
        this.entries = entries;
    }

    public void record(RecordType type, String recordId, long version, Changed<?> change, Origin origin) {
        entries.add(new HistoryEntry(type.name(), recordId, version, change.kind(), origin.userId(), origin.at(),
                change.fieldChanges()));
    }

    public List<HistoryEntry> of(RecordType type, String recordId) {
        return entries.of(type.name(), recordId, MAX_ENTRIES);
    }
}
