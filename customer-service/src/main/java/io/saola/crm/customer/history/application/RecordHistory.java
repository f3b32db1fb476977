package io.saola.crm.customer.history.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.saola.crm.customer.history.domain.HistoryEntries;
import io.saola.crm.customer.history.domain.HistoryEntry;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.platform.access.RecordType;

/**
 * Records and reads the history of records; callers check access to the record before reading its history.
 * An entry is written right after the record's own write, which has already stored the change and its events:
 * if the entry cannot be written the change stands, the request does not fail, and the gap is logged (the
 * record's events on its topic still tell the change).
 */
@Service
public class RecordHistory {

    static final int MAX_ENTRIES = 500;
    private static final Logger log = LoggerFactory.getLogger(RecordHistory.class);

    private final HistoryEntries entries;

    public RecordHistory(HistoryEntries entries) {
        this.entries = entries;
    }

    public void record(RecordType type, String recordId, long version, Changed<?> change, Origin origin) {
        try {
            entries.add(new HistoryEntry(type.name(), recordId, version, change.kind(), origin.userId(), origin.at(),
                    change.fieldChanges()));
        } catch (RuntimeException unavailable) {
            log.warn("History of {} {} version {} was not recorded: {}", type, recordId, version,
                    unavailable.toString());
        }
    }

    public List<HistoryEntry> of(RecordType type, String recordId) {
        return entries.of(type.name(), recordId, MAX_ENTRIES);
    }
}
