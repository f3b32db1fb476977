package io.saola.crm.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Method security's refusals thrown inside controllers. An anonymous caller's refusal is rethrown so that the
 * security filter chain answers it with 401 and its {@code WWW-Authenticate} header, as for any request
 * without a token. A token that cannot be checked because the identity provider's keys cannot be fetched is
 * the server's problem, not the client's: 503 with Retry-After, never 500 and never 401.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class AccessDeniedProblemHandler {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final ProblemExceptionHandler problems;

    public AccessDeniedProblemHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AuthenticationServiceException.class)
    public ResponseEntity<Object> handleTokenCheckUnavailable(AuthenticationServiceException exception,
                                                              WebRequest request) {
        ResponseEntity<Object> response = problems.respond(exception, Problems.create(ProblemType.SERVICE_UNAVAILABLE,
                "Tokens cannot be verified right now; try again shortly.", Problems.servletRequest(request)), request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header("Retry-After", "5").body(response.getBody());
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Object> handleAccessDenied(AccessDeniedException exception, WebRequest request) {
        if (TRUST.isAnonymous(SecurityContextHolder.getContext().getAuthentication())) {
            throw exception;
        }
        return problems.respond(exception, Problems.create(ProblemType.FORBIDDEN,
                "You are not allowed to do this.", Problems.servletRequest(request)), request);
    }
}
