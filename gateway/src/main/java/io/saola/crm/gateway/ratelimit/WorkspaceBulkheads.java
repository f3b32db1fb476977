package io.saola.crm.gateway.ratelimit;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * One Resilience4j semaphore bulkhead per workspace: at most {@code maxConcurrentPerWorkspace} of its requests
 * in flight, no waiting for a permit. Bulkheads of workspaces idle for ten minutes are forgotten (they hold no
 * permit then: no request lasts that long through the gateway).
 */
public final class WorkspaceBulkheads {

    private final boolean enabled;
    private final BulkheadConfig config;
    private final Cache<WorkspaceId, Bulkhead> bulkheads;

    public WorkspaceBulkheads(EdgeLimitProperties properties) {
        this.enabled = properties.enabled();
        this.config = BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentPerWorkspace())
                .maxWaitDuration(Duration.ZERO)
                .build();
        this.bulkheads = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /** A permit to hold while the request is served (release it with {@link Permit#close()}), or empty: full. */
    public Optional<Permit> tryEnter(WorkspaceId workspace) {
        if (!enabled) {
            return Optional.of(() -> { });
        }
        Bulkhead bulkhead = bulkheads.get(workspace, key -> Bulkhead.of("workspace-" + key.slug(), config));
        return bulkhead.tryAcquirePermission() ? Optional.of(bulkhead::onComplete) : Optional.empty();
    }

    /** Held while one request is in flight. */
    public interface Permit extends AutoCloseable {

        @Override
        void close();
    }
}
