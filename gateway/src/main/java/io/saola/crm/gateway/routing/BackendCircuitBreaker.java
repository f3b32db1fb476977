package io.saola.crm.gateway.routing;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import io.saola.crm.platform.web.ProblemResponses;
import io.saola.crm.platform.web.ProblemType;

/**
 * Guards the calls to one service: while its circuit is open, requests are answered at once. Only the
 * transport counts as failing: a service that cannot be reached or does not answer within its route timeout.
 * A status the service chose (any 4xx or 5xx, 503 included) is its answer to that one request, and a client
 * that goes away is the client's doing: counting either would let one workspace, or an anonymous caller, open
 * the circuit for every workspace. Every failure the gateway itself sees becomes a 503 problem, never a 500 or
 * an HTML page. Runs on the request thread.
 */
final class BackendCircuitBreaker implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private static final Logger log = LoggerFactory.getLogger(BackendCircuitBreaker.class);

    private final ServiceRoute route;
    private final CircuitBreaker breaker;
    private final String retryAfterSeconds;

    BackendCircuitBreaker(ServiceRoute route, CircuitBreaker breaker) {
        this.route = route;
        this.breaker = breaker;
        long openSeconds = breaker.getCircuitBreakerConfig()
                .getWaitIntervalFunctionInOpenState().apply(1) / 1000;
        this.retryAfterSeconds = Long.toString(Math.max(1, openSeconds));
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        if (!breaker.tryAcquirePermission()) {
            log.debug("Not calling {}: its circuit is open", route.service());
            return unavailable("The " + route.service() + " service is unavailable. Try again later.", true);
        }
        long start = breaker.getCurrentTimestamp();
        try {
            ServerResponse response = next.handle(request);
            breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
            return response;
        } catch (Exception failure) {
            if (isTransportFailure(failure)) {
                breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), failure);
            } else {
                breaker.releasePermission();
            }
            String detail = describe(failure);
            log.warn("{} {} to {} failed: {}", request.method(), request.path(), route.service(), detail);
            return unavailable(detail, false);
        }
    }

    private static boolean isTransportFailure(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpTimeoutException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private String describe(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                return "The " + route.service() + " service cannot be reached. Try again later.";
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return "The " + route.service() + " service did not answer within "
                        + route.timeout().toMillis() + " ms. Try again later.";
            }
        }
        return "The " + route.service() + " service is unavailable. Try again later.";
    }

    private ServerResponse unavailable(String detail, boolean circuitOpen) {
        ServerResponse.BodyBuilder builder = ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
        if (circuitOpen) {
            builder.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        }
        return builder.build((servletRequest, servletResponse) -> {
            ProblemResponses.write(servletRequest, servletResponse, ProblemType.SERVICE_UNAVAILABLE, detail);
            return null;
        });
    }
}
