package io.saola.crm.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code saola.events.*}; the defaults run locally and suit the saga's latency budget. */
@ConfigurationProperties("saola.events")
public class EventsProperties {

    /** CloudEvents source of published events; defaults to {@code spring.application.name}. */
    private String source;

    private final Relay relay = new Relay();
    private final Sweep sweep = new Sweep();
    private final Consumer consumer = new Consumer();
    private final Topics topics = new Topics();
    private final Inbox inbox = new Inbox();

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Relay getRelay() {
        return relay;
    }

    public Sweep getSweep() {
        return sweep;
    }

    public Consumer getConsumer() {
        return consumer;
    }

    public Topics getTopics() {
        return topics;
    }

    public Inbox getInbox() {
        return inbox;
    }

    public static class Relay {

        /** Publish outbox records (right after each save, plus the recovery sweep). */
        private boolean enabled = true;

        /**
         * Single-threaded publishing lanes; an aggregate always uses the same lane, so its events are
         * published in order.
         */
        private int lanes = 4;

        /** How long a publish may wait for the broker's acknowledgement (also the producer's delivery timeout). */
        private Duration sendTimeout = Duration.ofSeconds(10);

        /**
         * After a failed publish, saves leave their records to the sweep for this long instead of queueing up
         * behind an unreachable broker.
         */
        private Duration pauseAfterFailure = Duration.ofSeconds(1);

        /** Collections holding {@link HasOutbox} documents that the mapping context may not know about. */
        private List<String> collections = new ArrayList<>();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getLanes() {
            return lanes;
        }

        public void setLanes(int lanes) {
            this.lanes = lanes;
        }

        public Duration getSendTimeout() {
            return sendTimeout;
        }

        public void setSendTimeout(Duration sendTimeout) {
            this.sendTimeout = sendTimeout;
        }

        public Duration getPauseAfterFailure() {
            return pauseAfterFailure;
        }

        public void setPauseAfterFailure(Duration pauseAfterFailure) {
            this.pauseAfterFailure = pauseAfterFailure;
        }

        public List<String> getCollections() {
            return collections;
        }

        public void setCollections(List<String> collections) {
            this.collections = collections;
        }
    }

    public static class Sweep {

        /** Time between two sweeps for records a crash or an outage left behind. */
        private Duration interval = Duration.ofSeconds(2);

        /** Records younger than this are left to the publish that follows their save. */
        private Duration minAge = Duration.ofSeconds(2);

        /** Documents taken per collection and sweep. */
        private int batchSize = 500;

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public Duration getMinAge() {
            return minAge;
        }

        public void setMinAge(Duration minAge) {
            this.minAge = minAge;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }

    public static class Consumer {

        /** Redeliveries of a failing record before it goes to its dead-letter topic. */
        private int retries = 3;

        private Duration initialInterval = Duration.ofMillis(200);

        private double multiplier = 2.0;

        private Duration maxInterval = Duration.ofSeconds(5);

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public Duration getInitialInterval() {
            return initialInterval;
        }

        public void setInitialInterval(Duration initialInterval) {
            this.initialInterval = initialInterval;
        }

        public double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxInterval() {
            return maxInterval;
        }

        public void setMaxInterval(Duration maxInterval) {
            this.maxInterval = maxInterval;
        }
    }

    public static class Topics {

        /** Partitions of topics declared through {@link EventTopics}. */
        private int partitions = 3;

        /** Replication factor of declared topics: 1 locally, 3 in production. */
        private short replicas = 1;

        public int getPartitions() {
            return partitions;
        }

        public void setPartitions(int partitions) {
            this.partitions = partitions;
        }

        public short getReplicas() {
            return replicas;
        }

        public void setReplicas(short replicas) {
            this.replicas = replicas;
        }
    }

    public static class Inbox {

        /** Collection of processed event ids. */
        private String collection = "processed_events";

        public String getCollection() {
            return collection;
        }

        public void setCollection(String collection) {
            this.collection = collection;
        }
    }
}
