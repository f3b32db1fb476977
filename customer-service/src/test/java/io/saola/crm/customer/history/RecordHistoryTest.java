package io.saola.crm.customer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.saola.crm.customer.history.application.RecordHistory;
import io.saola.crm.customer.history.domain.HistoryEntries;
import io.saola.crm.customer.history.domain.HistoryEntry;
import io.saola.crm.customer.record.domain.ChangeKind;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.FieldChange;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.platform.access.RecordType;

class RecordHistoryTest {

    private static final Origin ORIGIN = new Origin("acme", "rep-lan", Instant.parse("2026-03-02T03:00:00Z"));
    private static final Changed<String> RENAMED = new Changed<>("state", ChangeKind.UPDATED, List.of(),
            List.of(new FieldChange("name", "Cũ", "Mới")));

    @Test
    void recordsWhoChangedWhichFieldFromWhatToWhatAndWhen() {
        List<HistoryEntry> stored = new ArrayList<>();

        new RecordHistory(store(stored, false)).record(RecordType.ACCOUNT, "a-1", 3, RENAMED, ORIGIN);

        assertThat(stored).containsExactly(new HistoryEntry("ACCOUNT", "a-1", 3, ChangeKind.UPDATED, "rep-lan",
                ORIGIN.at(), List.of(new FieldChange("name", "Cũ", "Mới"))));
    }

    @Test
    void aHistoryStoreThatFailsDoesNotUndoOrFailTheChange() {
        List<HistoryEntry> stored = new ArrayList<>();

        new RecordHistory(store(stored, true)).record(RecordType.ACCOUNT, "a-1", 3, RENAMED, ORIGIN);

        assertThat(stored).isEmpty();
    }

    private static HistoryEntries store(List<HistoryEntry> stored, boolean failing) {
        return new HistoryEntries() {
            @Override
            public void add(HistoryEntry entry) {
                if (failing) {
                    throw new IllegalStateException("store unavailable");
                }
                stored.add(entry);
            }

            @Override
            public List<HistoryEntry> of(String recordType, String recordId, int limit) {
                return stored;
            }
        };
    }
}
