package io.saola.crm.customer.transfer.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.ServiceBusyException;

/**
 * Runs import jobs on a small pool with a bounded queue: when both are full a new import is refused with 503
 * and {@code Retry-After} instead of piling up. Holds the lease of every job it has queued or runs and renews
 * it at a third of its life; on start and then once per lease it fails the jobs, of any workspace, whose lease
 * ran out because the process that held them stopped.
 */
@Component
class ImportWorkers implements SmartLifecycle {

    static final String ABANDONED = "The import stopped because the service was restarted while it ran. Rows "
            + "imported before that are kept; upload the file again to import the rest (rows already imported "
            + "are skipped).";

    private static final Logger log = LoggerFactory.getLogger(ImportWorkers.class);

    private final ImportJobs jobs;
    private final ImportSettings settings;
    private final String owner = "customer-service-" + UUID.randomUUID();
    private final Map<String, WorkspaceId> held = new ConcurrentHashMap<>();
    private volatile ThreadPoolExecutor pool;
    private volatile ScheduledExecutorService leases;

    ImportWorkers(ImportJobs jobs, ImportSettings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    /** This process as a lease owner. */
    String owner() {
        return owner;
    }

    /** Stores the job as QUEUED, leased to this process, and queues {@code work}; 503 when the queue is full. */
    void submit(ImportJob job, WorkspaceId workspace, Runnable work) {
        ThreadPoolExecutor running = pool;
        if (running == null || running.getQueue().remainingCapacity() == 0) {
            throw new ServiceBusyException(settings.retryAfter());
        }
        jobs.add(job, owner, Instant.now().plus(settings.lease()));
        held.put(job.id(), workspace);
        try {
            running.execute(() -> {
                try {
                    WorkspaceContext.runAs(workspace, work);
                } finally {
                    held.remove(job.id());
                }
            });
        } catch (RejectedExecutionException full) {
            held.remove(job.id());
            jobs.remove(job.id());
            throw new ServiceBusyException(settings.retryAfter());
        }
    }

    void renewLeases() {
        Instant until = Instant.now().plus(settings.lease());
        held.forEach((id, workspace) -> {
            try {
                if (!WorkspaceContext.callAs(workspace, () -> jobs.renew(id, owner, until))) {
                    held.remove(id);
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the lease of import job {}: {}", id, e.toString());
            }
        });
    }

    int failAbandoned() {
        int failed = jobs.failAbandoned(Instant.now(), ABANDONED);
        if (failed > 0) {
            log.info("Failed {} import job(s) a stopped process left behind", failed);
        }
        return failed;
    }

    @Override
    public void start() {
        AtomicInteger threads = new AtomicInteger();
        pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()), task -> {
                    Thread thread = new Thread(task, "csv-import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        leases = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "csv-import-leases");
            thread.setDaemon(true);
            return thread;
        });
        long renewEvery = Math.max(1, settings.lease().toMillis() / 3);
        leases.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        leases.scheduleWithFixedDelay(this::failAbandonedSafely, 0, settings.lease().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void failAbandonedSafely() {
        try {
            failAbandoned();
        } catch (RuntimeException e) {
            log.warn("Could not look for abandoned import jobs: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService renewing = leases;
        ThreadPoolExecutor running = pool;
        leases = null;
        pool = null;
        if (renewing != null) {
            renewing.shutdownNow();
        }
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return pool != null;
    }
}
