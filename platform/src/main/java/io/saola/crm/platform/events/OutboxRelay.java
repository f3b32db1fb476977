package io.saola.crm.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaOperations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.saola.crm.platform.events.OutboxDocuments.PendingOutbox;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Publishes outbox records to Kafka and then removes them from their document. Delivery is at-least-once: a
 * record is removed only after the broker acknowledged it (acks=all), and anything not removed is published
 * again by the sweep, so a crash between the two steps duplicates an event but never loses one.
 * <p>
 * Work runs on single-threaded lanes chosen by document id, so one aggregate's records are published in the
 * order they were raised, whether they come from a save or from the sweep. After a failed publish, saves skip
 * the lanes for {@code pauseAfterFailure} and leave their records to the sweep rather than queueing behind an
 * unreachable broker.
 */
class OutboxRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int REMEMBERED_PER_LANE = 10_000;

    private final KafkaOperations<Object, Object> kafka;
    private final OutboxDocuments documents;
    private final long sendTimeoutNanos;
    private final long pauseMillis;
    private final Lane[] lanes;
    private volatile long pausedUntilMillis;

    private final Counter publishedAfterSave;
    private final Counter publishedBySweep;
    private final Counter failures;
    private final Counter deferred;
    private final Timer latency;

    OutboxRelay(KafkaOperations<Object, Object> kafka, OutboxDocuments documents, int laneCount,
            Duration sendTimeout, Duration pauseAfterFailure, MeterRegistry meters) {
        this.kafka = kafka;
        this.documents = documents;
        this.sendTimeoutNanos = sendTimeout.toNanos();
        this.pauseMillis = pauseAfterFailure.toMillis();
        this.lanes = new Lane[Math.max(1, laneCount)];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Lane();
        }
        this.publishedAfterSave = Counter.builder("saola.events.outbox.published").tag("path", "after-save")
                .description("Outbox records acknowledged by the broker").register(meters);
        this.publishedBySweep = Counter.builder("saola.events.outbox.published").tag("path", "sweep")
                .description("Outbox records acknowledged by the broker").register(meters);
        this.failures = Counter.builder("saola.events.outbox.publish.failures")
                .description("Publish attempts that failed; their records stay in the outbox").register(meters);
        this.deferred = Counter.builder("saola.events.outbox.deferred")
                .description("Records left to the sweep because the broker was failing").register(meters);
        this.latency = Timer.builder("saola.events.outbox.publish.latency")
                .description("From the end of the save to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(meters);
        Gauge.builder("saola.events.outbox.relay.queued", this, OutboxRelay::queued)
                .description("Documents waiting on the relay lanes").register(meters);
    }

    /** Called on the saving thread right after a successful write; publishing happens on a lane. */
    void afterWrite(String collection, Object documentId, List<OutboxRecord> records) {
        documents.noticed(collection);
        if (records.isEmpty()) {
            return;
        }
        if (System.currentTimeMillis() < pausedUntilMillis) {
            deferred.increment(records.size());
            return;
        }
        long savedAt = System.nanoTime();
        List<OutboxRecord> snapshot = List.copyOf(records);
        Lane lane = laneFor(documentId);
        try {
            lane.executor.execute(() -> publishAndRemove(lane, collection, documentId, snapshot, savedAt));
        } catch (RejectedExecutionException e) {
            deferred.increment(records.size());
        }
    }

    /** Publishes what the sweep found; completes with whether every record was published and removed. */
    CompletableFuture<Boolean> recover(PendingOutbox pending) {
        Lane lane = laneFor(pending.documentId());
        try {
            return CompletableFuture.supplyAsync(
                    () -> publishAndRemove(lane, pending.collection(), pending.documentId(), pending.records(), null),
                    lane.executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(false);
        }
    }

    /** {@code savedAt}: when the save ended (nanoTime), or null for records the sweep found. */
    private boolean publishAndRemove(Lane lane, String collection, Object documentId, List<OutboxRecord> records,
            Long savedAt) {
        List<String> acknowledged = new ArrayList<>(records.size());
        int sent = 0;
        try {
            List<CompletableFuture<?>> sends = new ArrayList<>(records.size());
            for (OutboxRecord record : records) {
                sends.add(lane.acknowledged(record.eventId()) ? null : kafka.send(producerRecord(record)));
            }
            long deadline = System.nanoTime() + sendTimeoutNanos;
            for (int i = 0; i < records.size(); i++) {
                CompletableFuture<?> send = sends.get(i);
                if (send != null) {
                    send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    lane.remember(records.get(i).eventId());
                    sent++;
                }
                acknowledged.add(records.get(i).eventId());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failures.increment();
            pausedUntilMillis = System.currentTimeMillis() + pauseMillis;
            log.warn("Publishing outbox records of {} {} failed; the sweep will retry: {}", collection, documentId,
                    e.toString());
        }
        if (sent > 0) {
            if (savedAt != null) {
                publishedAfterSave.increment(sent);
                latency.record(System.nanoTime() - savedAt, TimeUnit.NANOSECONDS);
            } else {
                publishedBySweep.increment(sent);
            }
        }
        if (acknowledged.isEmpty()) {
            return false;
        }
        try {
            documents.remove(collection, documentId, WorkspaceId.of(records.get(0).workspace()), acknowledged);
        } catch (RuntimeException e) {
            log.warn("Published records of {} {} could not be removed from its outbox; they will be published "
                    + "again: {}", collection, documentId, e.toString());
            return false;
        }
        return acknowledged.size() == records.size();
    }

    private static ProducerRecord<Object, Object> producerRecord(OutboxRecord record) {
        return new ProducerRecord<>(record.topic(), null, null, record.key(), record.payload(),
                CloudEventHeaders.of(record));
    }

    private Lane laneFor(Object documentId) {
        return lanes[Math.floorMod(String.valueOf(documentId).hashCode(), lanes.length)];
    }

    private double queued() {
        int queued = 0;
        for (Lane lane : lanes) {
            queued += lane.executor.getQueue().size();
        }
        return queued;
    }

    @Override
    public void destroy() throws InterruptedException {
        for (Lane lane : lanes) {
            lane.executor.shutdown();
        }
        for (Lane lane : lanes) {
            if (!lane.executor.awaitTermination(sendTimeoutNanos, TimeUnit.NANOSECONDS)) {
                lane.executor.shutdownNow();
            }
        }
    }

    /**
     * One publishing thread, plus the ids it recently had acknowledged: a document saved again before its
     * records were removed still lists them, and they need removing, not publishing twice.
     */
    private static final class Lane {

        private static final AtomicInteger INSTANCES = new AtomicInteger();

        final ThreadPoolExecutor executor;
        private final Map<String, Boolean> recent = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > REMEMBERED_PER_LANE;
            }
        };

        Lane() {
            String name = "outbox-relay-" + INSTANCES.incrementAndGet();
            this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    task -> {
                        Thread thread = new Thread(task, name);
                        thread.setDaemon(true);
                        return thread;
                    });
        }

        boolean acknowledged(String eventId) {
            return recent.containsKey(eventId);
        }

        void remember(String eventId) {
            recent.put(eventId, Boolean.TRUE);
        }
    }
}
