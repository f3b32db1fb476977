package io.saola.crm.gateway.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One {@link TokenBucket} per key (a workspace, a client address); buckets idle for a while are dropped (they
 * would be full again).
 */
final class TokenBuckets<K> {

    private final boolean enabled;
    private final long burst;
    private final double requestsPerSecond;
    private final LongSupplier nanoTime;
    private final Cache<K, TokenBucket> buckets;

    TokenBuckets(boolean enabled, double requestsPerSecond, long burst, long maxKeys, LongSupplier nanoTime) {
        this.enabled = enabled;
        this.burst = burst;
        this.requestsPerSecond = requestsPerSecond;
        this.nanoTime = nanoTime;
        // an idle bucket is full again after burst / rate seconds, so forgetting it then changes nothing
        Duration refill = Duration.ofMillis((long) Math.ceil(burst / requestsPerSecond * 1000));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(refill.plusSeconds(1))
                .build();
    }

    /** 0 when the request may go ahead, else the number of whole seconds after which to retry (at least 1). */
    long retryAfterSeconds(K key) {
        if (!enabled) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        TokenBucket bucket = buckets.get(key, ignored -> new TokenBucket(burst, requestsPerSecond, now));
        long waitNanos = bucket.tryTake(now);
        return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999) / 1_000_000_000);
    }
}
