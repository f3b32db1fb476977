package io.saola.crm.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} permits, refilled continuously at {@code permitsPerSecond}.
 * The critical section is a few arithmetic operations and never blocks.
 */
final class TokenBucket {

    private final double capacity;
    private final double permitsPerNano;
    private double available;
    private long refilledAt;

    TokenBucket(long capacity, double permitsPerSecond, long now) {
        this.capacity = capacity;
        this.permitsPerNano = permitsPerSecond / 1_000_000_000d;
        this.available = capacity;
        this.refilledAt = now;
    }

    /** Takes a permit and returns 0, or returns how many nanoseconds to wait until one is available. */
    synchronized long tryTake(long now) {
        if (now > refilledAt) {
            available = Math.min(capacity, available + (now - refilledAt) * permitsPerNano);
            refilledAt = now;
        }
        if (available >= 1) {
            available -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - available) / permitsPerNano);
    }
}
