package io.saola.crm.gateway.ratelimit;

import java.util.function.LongSupplier;

/**
 * One {@link TokenBucket} per client address for the routes anyone may call without a workspace token
 * (sign-up, its confirmation, invitation acceptance): whoever sends them spends their own budget, never a
 * workspace's. The address is the connection's peer: a deployment behind a proxy sets the proxy to pass the real
 * one (Tomcat's RemoteIpValve through {@code server.forward-headers-strategy}), never a header the client chose.
 */
public final class ClientRateLimiter {

    private final TokenBuckets<String> buckets;

    public ClientRateLimiter(EdgeLimitProperties properties, LongSupplier nanoTime) {
        this.buckets = new TokenBuckets<>(properties.enabled(), properties.anonymousRequestsPerSecond(),
                properties.anonymousBurst(), properties.clients(), nanoTime);
    }

    /** 0 when the request may go ahead, else the whole seconds after which to retry (at least 1). */
    public long retryAfterSeconds(String clientAddress) {
        return buckets.retryAfterSeconds(clientAddress);
    }
}
