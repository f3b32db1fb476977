package io.saola.crm.gateway.workspace;

import java.time.Duration;
import java.util.concurrent.Executor;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Whether a workspace may be served, as identity-service says, remembered so that it is asked about each
 * workspace at most every {@code freshFor}:
 * <ul>
 * <li>a known workspace is looked up again in the background once its status is older than {@code freshFor};
 * while identity-service cannot answer, the last status keeps being used up to {@code staleIfError} after it
 * was fetched;</li>
 * <li>an unknown workspace is remembered for {@code unknownFor} only, so a new sign-up is served quickly;</li>
 * <li>at most {@code cacheSize} workspaces are remembered; calls go through a circuit breaker, so a
 * failing identity-service is not waited for on every request.</li>
 * </ul>
 * With nothing usable remembered and identity-service unavailable, {@link #status} throws
 * {@link WorkspaceDirectoryUnavailableException}.
 */
public class WorkspaceDirectory {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceDirectory.class);

    private final LoadingCache<WorkspaceId, Lookup> cache;

    WorkspaceDirectory(IdentityWorkspaces identity, CircuitBreaker breaker, WorkspaceProperties properties,
                       Executor refreshExecutor) {
        LookupLoader loader = new LookupLoader(identity, breaker);
        this.cache = Caffeine.newBuilder()
                .maximumSize(properties.cacheSize())
                .expireAfter(new LookupExpiry(properties.staleIfError(), properties.unknownFor()))
                .refreshAfterWrite(properties.freshFor())
                .executor(refreshExecutor)
                .build(loader);
    }

    public WorkspaceStatus status(WorkspaceId workspace) {
        return cache.get(workspace).status();
    }

    /** Forgets everything remembered, e.g. after a workspace changed in a test. */
    public void forgetAll() {
        cache.invalidateAll();
    }

    record Lookup(WorkspaceStatus status, long fetchedAtNanos) {
    }

    private static final class LookupLoader implements CacheLoader<WorkspaceId, Lookup> {

        private final IdentityWorkspaces identity;
        private final CircuitBreaker breaker;

        LookupLoader(IdentityWorkspaces identity, CircuitBreaker breaker) {
            this.identity = identity;
            this.breaker = breaker;
        }

        @Override
        public Lookup load(WorkspaceId workspace) {
            try {
                WorkspaceStatus status = breaker.executeSupplier(() -> identity.status(workspace));
                return new Lookup(status, System.nanoTime());
            } catch (RuntimeException failure) {
                throw new WorkspaceDirectoryUnavailableException(
                        "Cannot look up workspace " + workspace + ": " + failure.getMessage(), failure);
            }
        }

        /** A failed background lookup keeps the last status; {@link LookupExpiry} bounds how long. */
        @Override
        public Lookup reload(WorkspaceId workspace, Lookup previous) {
            try {
                return load(workspace);
            } catch (WorkspaceDirectoryUnavailableException unavailable) {
                log.debug("Keeping the last status of {}: {}", workspace, unavailable.getMessage());
                return previous;
            }
        }
    }

    private static final class LookupExpiry implements Expiry<WorkspaceId, Lookup> {

        private final long knownNanos;
        private final long unknownNanos;

        LookupExpiry(Duration staleIfError, Duration unknownFor) {
            this.knownNanos = staleIfError.toNanos();
            this.unknownNanos = unknownFor.toNanos();
        }

        @Override
        public long expireAfterCreate(WorkspaceId key, Lookup value, long currentTime) {
            return remaining(value, currentTime);
        }

        @Override
        public long expireAfterUpdate(WorkspaceId key, Lookup value, long currentTime, long currentDuration) {
            return remaining(value, currentTime);
        }

        @Override
        public long expireAfterRead(WorkspaceId key, Lookup value, long currentTime, long currentDuration) {
            return currentDuration;
        }

        private long remaining(Lookup value, long now) {
            long lifetime = value.status() == WorkspaceStatus.UNKNOWN ? unknownNanos : knownNanos;
            return Math.max(0, lifetime - (now - value.fetchedAtNanos()));
        }
    }
}
