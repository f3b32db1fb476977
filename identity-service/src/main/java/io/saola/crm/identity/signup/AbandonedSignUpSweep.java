package io.saola.crm.identity.signup;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every {@code saola.sign-up.sweep-interval} (10 minutes), releases the slugs of sign-ups whose confirmation
 * expired unanswered, so that no reservation holds an address forever. A sign-up for such a slug releases it
 * at once anyway; the sweep frees the ones nobody asks for. Several instances may sweep: releasing is idempotent.
 */
@Component
class AbandonedSignUpSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AbandonedSignUpSweep.class);

    private final WorkspaceSignUp signUp;
    private final Duration interval;
    private volatile ScheduledExecutorService scheduler;

    AbandonedSignUpSweep(WorkspaceSignUp signUp, @Value("${saola.sign-up.sweep-interval:10m}") Duration interval) {
        this.signUp = signUp;
        this.interval = interval;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sign-up-sweep");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            int released = signUp.releaseAbandoned();
            if (released > 0) {
                log.info("Released {} sign-up reservation(s) whose confirmation expired", released);
            }
        } catch (RuntimeException failed) {
            log.warn("The sign-up sweep failed this round: {}", failed.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        if (running != null) {
            running.shutdownNow();
        }
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
