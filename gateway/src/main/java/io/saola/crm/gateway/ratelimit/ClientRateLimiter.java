package io.saola.crm.gateway.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One {@link TokenBucket} per client address for the routes anyone may call without a workspace token
 * (sign-up, its confirmation, invitation acceptance): whoever sends them spends their own budget, never a
 * workspace's. The address is the connection's peer: a deployment behind a proxy sets the proxy to pass the real
 * one (Tomcat's RemoteIpValve through {@code server.forward-headers-strategy}), never a header the client chose.
 */
public final class ClientRateLimiter {

    private final boolean enabled;
    private final long burst;
    private final double requestsPerSecond;
    private final LongSupplier nanoTime;
    private final Cache<String, TokenBucket> buckets;

    public ClientRateLimiter(EdgeLimitProperties properties, LongSupplier nanoTime) {
        this.enabled = properties.enabled();
        this.burst = properties.anonymousBurst();
        this.requestsPerSecond = properties.anonymousRequestsPerSecond();
        this.nanoTime = nanoTime;
        Duration refill = Duration.ofMillis((long) Math.ceil(burst / requestsPerSecond * 1000));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(properties.clients())
                .expireAfterAccess(refill.plusSeconds(1))
                .build();
    }

    /** 0 when the request may go ahead, else the whole seconds after which to retry (at least 1). */
    public long retryAfterSeconds(String clientAddress) {
        if (!enabled) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        TokenBucket bucket = buckets.get(clientAddress, key -> new TokenBucket(burst, requestsPerSecond, now));
        long waitNanos = bucket.tryTake(now);
        return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999) / 1_000_000_000);
    }
}
