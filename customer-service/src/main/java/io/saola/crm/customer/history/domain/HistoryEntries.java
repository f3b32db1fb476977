package io.saola.crm.customer.history.domain;

import java.util.List;

/** The stored history of the current workspace's records. */
public interface HistoryEntries {

    /** Stores an entry; an entry for the same record and version is kept as it is. */
    void add(HistoryEntry entry);

    /** A record's entries, newest first, at most {@code limit}. */
    List<HistoryEntry> of(String recordType, String recordId, int limit);
}
