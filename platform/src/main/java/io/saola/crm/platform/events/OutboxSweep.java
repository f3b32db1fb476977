package io.saola.crm.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.saola.crm.platform.events.OutboxDocuments.PendingOutbox;

/**
 * Recovery, not the normal path: every {@code interval}, finds outbox records older than {@code minAge} in
 * every workspace (a crash between save and publish, or between publish and removal, or a broker outage left
 * them) and has the relay publish them again. Waits for one round to finish before scheduling the next, so a
 * slow broker does not pile rounds up. Several instances of a service sweep the same collections; that only
 * adds duplicates, which consumers tolerate.
 */
class OutboxSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweep.class);

    private final OutboxDocuments documents;
    private final OutboxRelay relay;
    private final Duration interval;
    private final Duration minAge;
    private final int batchSize;
    private final Duration roundTimeout;
    private final Counter found;
    private volatile ScheduledExecutorService scheduler;

    OutboxSweep(OutboxDocuments documents, OutboxRelay relay, Duration interval, Duration minAge, int batchSize,
            Duration roundTimeout, MeterRegistry meters) {
        this.documents = documents;
        this.relay = relay;
        this.interval = interval;
        this.minAge = minAge;
        this.batchSize = batchSize;
        this.roundTimeout = roundTimeout;
        this.found = Counter.builder("saola.events.outbox.sweep.found")
                .description("Outbox records the sweep found left behind").register(meters);
    }

    /** One round over all outbox collections; returns how many records it found. */
    int sweep() {
        Instant olderThan = Instant.now().minus(minAge);
        int records = 0;
        for (String collection : documents.collections()) {
            List<PendingOutbox> pending;
            try {
                pending = documents.pendingIn(collection, olderThan, batchSize);
            } catch (RuntimeException e) {
                log.warn("Outbox sweep could not read {}: {}", collection, e.toString());
                continue;
            }
            List<CompletableFuture<Boolean>> recoveries = new ArrayList<>(pending.size());
            for (PendingOutbox document : pending) {
                records += document.records().size();
                recoveries.add(relay.recover(document));
            }
            awaitAll(recoveries);
        }
        if (records > 0) {
            found.increment(records);
            log.info("Outbox sweep republished {} record(s) left behind", records);
        }
        return records;
    }

    private void awaitAll(List<CompletableFuture<Boolean>> recoveries) {
        try {
            CompletableFuture.allOf(recoveries.toArray(CompletableFuture[]::new))
                    .get(roundTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.debug("Outbox sweep round ended before all recoveries completed", e);
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed; next round in {}", interval, e);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-sweep");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::sweepSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
