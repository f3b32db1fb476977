package io.saola.crm.customer.transfer.application;

import java.time.Instant;
import java.util.List;

import io.saola.crm.platform.access.RecordType;

/**
 * One uploaded CSV file being imported in the background: its state, how many of its {@code rows} are done and
 * what they did ({@code imported} = records created), the row errors (at most {@value ImportReport#MAX_ERRORS})
 * and, when it failed as a whole, why. {@code fingerprint} identifies the file's content, record type and
 * duplicate confirmation, so the same upload finds this job again.
 */
public record ImportJob(String id, RecordType recordType, String fingerprint, boolean confirmDuplicates,
                        ImportState state, String requestedBy, long rows, long rowsDone, long imported,
                        long alreadyImported, long failed, List<ImportReport.RowError> errors,
                        boolean errorsTruncated, String failure, Instant createdAt, Instant startedAt,
                        Instant finishedAt) {

    public ImportJob {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static ImportJob queued(String id, RecordType recordType, String fingerprint, boolean confirmDuplicates,
                            String requestedBy, long rows, Instant at) {
        return new ImportJob(id, recordType, fingerprint, confirmDuplicates, ImportState.QUEUED, requestedBy, rows,
                0, 0, 0, 0, List.of(), false, null, at, null, null);
    }

    /** The counts of a job so far, as written while it runs. */
    public record Progress(long rowsDone, long imported, long alreadyImported, long failed,
                           boolean errorsTruncated) {

        static Progress of(ImportReport report) {
            return new Progress(report.rows(), report.imported(), report.alreadyImported(), report.failed(),
                    report.errorsTruncated());
        }
    }
}
