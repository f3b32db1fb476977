package io.saola.crm.customer.transfer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.PermissionMatrix;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.ServiceBusyException;

class ImportingCsvTest {

    private static final WorkspaceMember MANAGER = new WorkspaceMember("manager-hoa", WorkspaceId.of("acme"),
            Set.of(Role.SALES_MANAGER), "hoa@acme.vn", "Hoa", null);
    private static final ImportSettings SETTINGS = new ImportSettings(5 * 1024 * 1024, 10_000, 1, 1,
            Duration.ofMinutes(1), Duration.ofHours(24), Duration.ofSeconds(7));

    private final RecordedJobs jobs = new RecordedJobs();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ImportWorkers workers = new ImportWorkers(jobs, SETTINGS);
    private final ImportingCsv importing = new ImportingCsv(List.of(new Names(release)), jobs, workers,
            new Access(PermissionMatrix.standard()), SETTINGS);

    @AfterEach
    void stopWorkers() {
        release.countDown();
        workers.stop();
    }

    @Test
    void writesProgressEveryHundredRowsWithTheNewErrorsAndFinishesWithTheTotals() throws Exception {
        workers.start();
        release.countDown();

        ImportJob job = submit(rows(250)).job();

        ImportJob done = jobs.awaitFinished(job.id());
        assertThat(done.state()).isEqualTo(ImportState.SUCCEEDED);
        assertThat(done.rows()).isEqualTo(250);
        assertThat(done.rowsDone()).isEqualTo(250);
        assertThat(done.imported()).isEqualTo(245);
        assertThat(done.failed()).isEqualTo(5);
        assertThat(done.errors()).extracting(ImportReport.RowError::row).containsExactly(51L, 101L, 151L, 201L, 251L);
        assertThat(jobs.progressWrites).extracting(ImportJob.Progress::rowsDone).isNotEmpty()
                .allSatisfy(rowsDone -> assertThat(rowsDone).isLessThan(250)).isSorted().doesNotHaveDuplicates();
        assertThat(jobs.runningSeen).isTrue();
    }

    @Test
    void theSameFileAgainAnswersItsJobButAFailedOneIsTriedAgain() {
        workers.start();
        release.countDown();
        ImportingCsv.Submission first = submit(rows(3));
        jobs.awaitFinished(first.job().id());

        ImportingCsv.Submission again = submit(rows(3));
        assertThat(again.created()).isFalse();
        assertThat(again.job().id()).isEqualTo(first.job().id());

        jobs.stored.computeIfPresent(first.job().id(), (id, job) -> withState(job, ImportState.FAILED));
        assertThat(submit(rows(3)).created()).isTrue();
    }

    @Test
    void aFullQueueIsRefusedWith503AndStoresNoJob() {
        workers.start();
        ImportJob running = submit(rows(1)).job();
        ImportJob queued = submit(rows(2)).job();

        assertThatThrownBy(() -> submit(rows(3)))
                .isInstanceOfSatisfying(ServiceBusyException.class,
                        busy -> assertThat(busy.retryAfterSeconds()).isEqualTo(7));
        assertThat(jobs.stored.keySet()).containsExactlyInAnyOrder(running.id(), queued.id());

        release.countDown();
        assertThat(jobs.awaitFinished(queued.id()).state()).isEqualTo(ImportState.SUCCEEDED);
    }

    private ImportingCsv.Submission submit(String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return WorkspaceContext.callAs(MANAGER.workspace(), () -> importing.submit(MANAGER, RecordType.ACCOUNT,
                new ByteArrayInputStream(bytes), bytes.length, false));
    }

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder("name\r\n");
        for (int i = 1; i <= count; i++) {
            csv.append("Khách ").append(i).append("\r\n");
        }
        return csv.toString();
    }

    private static ImportJob withState(ImportJob job, ImportState state) {
        return new ImportJob(job.id(), job.recordType(), job.fingerprint(), job.confirmDuplicates(), state,
                job.requestedBy(), job.rows(), job.rowsDone(), job.imported(), job.alreadyImported(), job.failed(),
                job.errors(), job.errorsTruncated(), job.failure(), job.createdAt(), job.startedAt(),
                job.finishedAt());
    }

    /** Accounts with only a name: every 50th row is refused; rows wait until the test releases them. */
    private record Names(CountDownLatch release) implements CsvRecordImport {

        @Override
        public RecordType recordType() {
            return RecordType.ACCOUNT;
        }

        @Override
        public List<String> columns() {
            return List.of("name");
        }

        @Override
        public Set<String> required() {
            return Set.of("name");
        }

        @Override
        public RowOutcome importRow(WorkspaceMember member, CsvImports.Row row, boolean confirmDuplicates) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(WorkspaceContext.current()).contains(member.workspace());
            return (row.line() - 1) % 50 == 0 ? new RowOutcome.Refused(List.of(row.error("name", "refused")))
                    : new RowOutcome.Imported();
        }
    }

    /** Import jobs in memory, recording the progress writes. */
    private static final class RecordedJobs implements ImportJobs {

        final Map<String, ImportJob> stored = new ConcurrentHashMap<>();
        final Map<String, String> owners = new ConcurrentHashMap<>();
        final List<ImportJob.Progress> progressWrites = new ArrayList<>();
        volatile boolean runningSeen;

        @Override
        public void add(ImportJob job, String owner, Instant leaseUntil) {
            stored.put(job.id(), job);
            owners.put(job.id(), owner);
        }

        @Override
        public Optional<ImportJob> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Optional<ImportJob> latest(String fingerprint, Instant since) {
            return stored.values().stream().filter(job -> job.fingerprint().equals(fingerprint))
                    .filter(job -> job.state() != ImportState.FAILED).findFirst();
        }

        @Override
        public void remove(String id) {
            stored.remove(id);
        }

        @Override
        public boolean start(String id, String owner, Instant at) {
            runningSeen = true;
            stored.computeIfPresent(id, (key, job) -> withState(job, ImportState.RUNNING));
            return owner.equals(owners.get(id));
        }

        @Override
        public boolean renew(String id, String owner, Instant leaseUntil) {
            return owner.equals(owners.get(id));
        }

        @Override
        public synchronized boolean progress(String id, String owner, ImportJob.Progress progress,
                                             List<ImportReport.RowError> newErrors) {
            progressWrites.add(progress);
            stored.computeIfPresent(id, (key, job) -> counted(job, job.state(), progress, newErrors));
            return owner.equals(owners.get(id));
        }

        @Override
        public synchronized boolean finish(String id, String owner, ImportState state, ImportJob.Progress progress,
                                           List<ImportReport.RowError> newErrors, String failure, Instant at) {
            stored.computeIfPresent(id, (key, job) -> counted(job, state, progress, newErrors));
            notifyAll();
            return owner.equals(owners.remove(id));
        }

        @Override
        public int failAbandoned(Instant now, String failure) {
            return 0;
        }

        synchronized ImportJob awaitFinished(String id) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!stored.get(id).state().finished()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                assertThat(left).as("job " + id + " did not finish").isPositive();
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            return stored.get(id);
        }

        private static ImportJob counted(ImportJob job, ImportState state, ImportJob.Progress progress,
                                         List<ImportReport.RowError> newErrors) {
            List<ImportReport.RowError> errors = new ArrayList<>(job.errors());
            errors.addAll(newErrors);
            return new ImportJob(job.id(), job.recordType(), job.fingerprint(), job.confirmDuplicates(), state,
                    job.requestedBy(), job.rows(), progress.rowsDone(), progress.imported(),
                    progress.alreadyImported(), progress.failed(), errors, progress.errorsTruncated(), null,
                    job.createdAt(), job.startedAt(), null);
        }
    }
}
