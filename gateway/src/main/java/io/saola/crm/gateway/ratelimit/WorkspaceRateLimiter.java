package io.saola.crm.gateway.ratelimit;

import java.util.function.LongSupplier;

import io.saola.crm.platform.tenancy.WorkspaceId;

/** Each workspace's request rate through one gateway instance: a token bucket per workspace. */
public final class WorkspaceRateLimiter {

    private final TokenBuckets<WorkspaceId> buckets;

    public WorkspaceRateLimiter(RateLimitProperties properties, LongSupplier nanoTime) {
        this.buckets = new TokenBuckets<>(properties.enabled(), properties.requestsPerSecond(), properties.burst(),
                properties.workspaces(), nanoTime);
    }

    /** 0 when the request may go ahead, else the number of whole seconds after which to retry (at least 1). */
    public long retryAfterSeconds(WorkspaceId workspace) {
        return buckets.retryAfterSeconds(workspace);
    }
}
