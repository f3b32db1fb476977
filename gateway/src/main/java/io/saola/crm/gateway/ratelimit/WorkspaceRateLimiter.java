package io.saola.crm.gateway.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.saola.crm.platform.tenancy.WorkspaceId;

/** One {@link TokenBucket} per workspace; buckets of workspaces idle for a while are dropped (they would be full). */
public final class WorkspaceRateLimiter {

    private final boolean enabled;
    private final long burst;
    private final double requestsPerSecond;
    private final LongSupplier nanoTime;
    private final Cache<WorkspaceId, TokenBucket> buckets;

    public WorkspaceRateLimiter(RateLimitProperties properties, LongSupplier nanoTime) {
        this.enabled = properties.enabled();
        this.burst = properties.burst();
        this.requestsPerSecond = properties.requestsPerSecond();
        this.nanoTime = nanoTime;
        // an idle bucket is full again after burst / rate seconds, so forgetting it then changes nothing
        Duration refill = Duration.ofMillis((long) Math.ceil(burst / requestsPerSecond * 1000));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(properties.workspaces())
                .expireAfterAccess(refill.plusSeconds(1))
                .build();
    }

    /** 0 when the request may go ahead, else the number of whole seconds after which to retry (at least 1). */
    public long retryAfterSeconds(WorkspaceId workspace) {
        if (!enabled) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        TokenBucket bucket = buckets.get(workspace, key -> new TokenBucket(burst, requestsPerSecond, now));
        long waitNanos = bucket.tryTake(now);
        if (waitNanos == 0) {
            return 0;
        }
        return Math.max(1, (waitNanos + 999_999_999) / 1_000_000_000);
    }
}
