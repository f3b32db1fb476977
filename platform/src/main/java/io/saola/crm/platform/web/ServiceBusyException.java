package io.saola.crm.platform.web;

import java.time.Duration;
import java.util.Map;

/**
 * The service has no capacity for this work right now (a full work queue): 503 with {@code Retry-After}, so
 * clients back off instead of retrying at once. Nothing of the request was kept.
 */
public class ServiceBusyException extends ProblemException {

    private final Duration retryAfter;

    public ServiceBusyException(Duration retryAfter) {
        super(ProblemType.SERVICE_UNAVAILABLE, null, Map.of());
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
