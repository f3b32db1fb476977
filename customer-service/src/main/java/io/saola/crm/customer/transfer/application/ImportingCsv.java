package io.saola.crm.customer.transfer.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * CSV import as a job. Submitting checks the member's import permission, receives the file (size-capped),
 * reads it through once (a file that cannot be imported is refused as a whole, before anything is stored) and
 * queues a job that imports it row by row with that member's rights, writing its progress as it goes. The same
 * file for the same record type within a day answers the job that exists for it, unless that one failed.
 */
@Service
public class ImportingCsv {

    private static final Logger log = LoggerFactory.getLogger(ImportingCsv.class);
    private static final int PROGRESS_EVERY_ROWS = 100;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final Map<RecordType, CsvRecordImport> kinds;
    private final ImportJobs jobs;
    private final ImportWorkers workers;
    private final Access access;
    private final ImportSettings settings;

    ImportingCsv(List<CsvRecordImport> kinds, ImportJobs jobs, ImportWorkers workers, Access access,
                 ImportSettings settings) {
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(CsvRecordImport::recordType,
                Function.identity()));
        this.jobs = jobs;
        this.workers = workers;
        this.access = access;
        this.settings = settings;
    }

    /** A job for the file, and whether it was made by this submission or found from an earlier one. */
    public record Submission(ImportJob job, boolean created) {
    }

    public Submission submit(WorkspaceMember member, RecordType type, InputStream body, long declaredLength,
                             boolean confirmDuplicates) {
        CsvRecordImport kind = kind(type);
        access.require(member, type, Action.IMPORT);
        CsvUpload upload = CsvUpload.receive(body, declaredLength, settings.maxBytes());
        boolean queued = false;
        try {
            long rows;
            try (Reader csv = upload.open()) {
                rows = CsvImports.check(csv, kind.columns(), kind.required(), settings.maxRows());
            }
            String fingerprint = type.name() + (confirmDuplicates ? ":confirmed:" : ":") + upload.sha256();
            Instant now = Instant.now();
            var existing = jobs.latest(fingerprint, now.minus(settings.sameFileWindow()));
            if (existing.isPresent()) {
                return new Submission(existing.get(), false);
            }
            ImportJob job = ImportJob.queued(UUID.randomUUID().toString(), type, fingerprint, confirmDuplicates,
                    member.userId(), rows, now);
            workers.submit(job, member.workspace(), () -> run(member, kind, job, upload));
            queued = true;
            return new Submission(job, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!queued) {
                upload.delete();
            }
        }
    }

    /** The job, for a member who may import that record type; 404 for another type's or an unknown id. */
    public ImportJob status(WorkspaceMember member, RecordType type, String id) {
        access.require(member, type, Action.IMPORT);
        return jobs.find(id).filter(job -> job.recordType() == type)
                .orElseThrow(() -> new RecordNotFoundException("import", id));
    }

    private void run(WorkspaceMember member, CsvRecordImport kind, ImportJob job, CsvUpload upload) {
        String owner = workers.owner();
        try {
            if (!jobs.start(job.id(), owner, Instant.now())) {
                return;
            }
            ProgressWriter progress = new ProgressWriter(job.id(), owner);
            ImportReport report;
            try (Reader csv = upload.open()) {
                report = CsvImports.run(csv, kind.columns(), kind.required(),
                        row -> kind.importRow(member, row, job.confirmDuplicates()), progress::maybeWrite);
            } catch (LeaseLost lost) {
                log.warn("Import job {} was taken away from this process; it stopped", job.id());
                return;
            } catch (IOException | RuntimeException e) {
                log.error("Import job {} failed", job.id(), e);
                progress.finishFailed("The import stopped on an internal error. Rows imported before that are "
                        + "kept; upload the file again to import the rest (rows already imported are skipped).");
                return;
            }
            progress.finish(report);
        } catch (RuntimeException e) {
            log.error("Import job {} could not record its outcome", job.id(), e);
        } finally {
            upload.delete();
        }
    }

    private CsvRecordImport kind(RecordType type) {
        CsvRecordImport kind = kinds.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("No CSV import for " + type);
        }
        return kind;
    }

    /** Writes a running job's counts and new errors every few rows or every second, not after each row. */
    private final class ProgressWriter {

        private final String id;
        private final String owner;
        private CsvImports.Tally last;
        private int errorsWritten;
        private long rowsWritten;
        private Instant writtenAt = Instant.now();

        ProgressWriter(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        void maybeWrite(CsvImports.Tally tally) {
            last = tally;
            if (tally.rows() - rowsWritten < PROGRESS_EVERY_ROWS
                    && Instant.now().isBefore(writtenAt.plus(PROGRESS_EVERY))) {
                return;
            }
            ImportReport report = tally.report();
            if (!jobs.progress(id, owner, ImportJob.Progress.of(report), newErrors(report))) {
                throw new LeaseLost();
            }
            errorsWritten = report.errors().size();
            rowsWritten = report.rows();
            writtenAt = Instant.now();
        }

        void finish(ImportReport report) {
            jobs.finish(id, owner, ImportState.SUCCEEDED, ImportJob.Progress.of(report), newErrors(report), null,
                    Instant.now());
        }

        void finishFailed(String failure) {
            ImportReport report = last == null ? new ImportReport(0, 0, 0, 0, List.of(), false) : last.report();
            jobs.finish(id, owner, ImportState.FAILED, ImportJob.Progress.of(report), newErrors(report), failure,
                    Instant.now());
        }

        private List<ImportReport.RowError> newErrors(ImportReport report) {
            return report.errors().subList(errorsWritten, report.errors().size());
        }
    }

    /** The job's lease went to someone else (it was failed as abandoned): this process must not write it. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super(null, null, false, false);
        }
    }
}
