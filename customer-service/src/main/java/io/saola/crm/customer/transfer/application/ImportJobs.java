package io.saola.crm.customer.transfer.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Import jobs of the current workspace. A job that is queued or running is leased to the process that runs it
 * ({@code owner}, until an expiry that process keeps renewing); every write of a running job is conditional on
 * still holding the lease, so a job taken away from a stalled process is never written by it again.
 */
public interface ImportJobs {

    void add(ImportJob job, String owner, Instant leaseUntil);

    Optional<ImportJob> find(String id);

    /** The newest job for the fingerprint created after {@code since} that did not fail. */
    Optional<ImportJob> latest(String fingerprint, Instant since);

    /** Removes a job that was never handed to a worker. */
    void remove(String id);

    /** QUEUED → RUNNING, if {@code owner} still holds the job. */
    boolean start(String id, String owner, Instant at);

    boolean renew(String id, String owner, Instant leaseUntil);

    /** Adds the counts so far and the errors found since the last write, if {@code owner} still holds the job. */
    boolean progress(String id, String owner, ImportJob.Progress progress, List<ImportReport.RowError> newErrors);

    /** Ends the job (SUCCEEDED or FAILED) and drops its lease, if {@code owner} still holds it. */
    boolean finish(String id, String owner, ImportState state, ImportJob.Progress progress,
                   List<ImportReport.RowError> newErrors, String failure, Instant at);

    /**
     * Fails every queued or running job, in any workspace, whose lease expired before {@code now}: its process
     * stopped (or stalled) without finishing it. Answers how many it failed.
     */
    int failAbandoned(Instant now, String failure);
}
