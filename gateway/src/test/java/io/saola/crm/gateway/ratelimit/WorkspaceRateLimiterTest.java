package io.saola.crm.gateway.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.saola.crm.platform.tenancy.WorkspaceId;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private static final WorkspaceId DEMO = WorkspaceId.of("demo");
    private static final WorkspaceId ACME = WorkspaceId.of("acme");

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    @Test
    void letsABurstThroughThenTheSustainedRate() {
        WorkspaceRateLimiter limiter = new WorkspaceRateLimiter(new RateLimitProperties(true, 2, 3, 100), now::get);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.retryAfterSeconds(DEMO)).isZero();
        }
        assertThat(limiter.retryAfterSeconds(DEMO)).isEqualTo(1);

        now.addAndGet(SECOND / 2);
        assertThat(limiter.retryAfterSeconds(DEMO)).isZero();
        assertThat(limiter.retryAfterSeconds(DEMO)).isEqualTo(1);
    }

    @Test
    void givesEachWorkspaceItsOwnBucket() {
        WorkspaceRateLimiter limiter = new WorkspaceRateLimiter(new RateLimitProperties(true, 1, 1, 100), now::get);

        assertThat(limiter.retryAfterSeconds(DEMO)).isZero();
        assertThat(limiter.retryAfterSeconds(DEMO)).isPositive();
        assertThat(limiter.retryAfterSeconds(ACME)).isZero();
    }

    @Test
    void saysHowManyWholeSecondsToWait() {
        WorkspaceRateLimiter limiter = new WorkspaceRateLimiter(new RateLimitProperties(true, 0.25, 1, 100), now::get);

        assertThat(limiter.retryAfterSeconds(DEMO)).isZero();
        assertThat(limiter.retryAfterSeconds(DEMO)).isEqualTo(4);
        now.addAndGet(SECOND + SECOND / 2);
        assertThat(limiter.retryAfterSeconds(DEMO)).isEqualTo(3);
    }

    @Test
    void refillsNoFurtherThanTheBurst() {
        WorkspaceRateLimiter limiter = new WorkspaceRateLimiter(new RateLimitProperties(true, 10, 2, 100), now::get);
        limiter.retryAfterSeconds(DEMO);

        now.addAndGet(60 * SECOND);

        assertThat(limiter.retryAfterSeconds(DEMO)).isZero();
        assertThat(limiter.retryAfterSeconds(DEMO)).isZero();
        assertThat(limiter.retryAfterSeconds(DEMO)).isPositive();
    }

    @Test
    void letsEverythingThroughWhenDisabled() {
        WorkspaceRateLimiter limiter = new WorkspaceRateLimiter(new RateLimitProperties(false, 1, 1, 100), now::get);

        for (int i = 0; i < 100; i++) {
            assertThat(limiter.retryAfterSeconds(DEMO)).isZero();
        }
    }
}
