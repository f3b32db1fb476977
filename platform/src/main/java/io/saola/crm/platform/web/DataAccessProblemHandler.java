package io.saola.crm.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Store-level conflicts that reach a controller untranslated. The store's own message (collection, index and
 * key values) stays in the log; services that know which record is involved throw
 * {@link VersionConflictException} or {@link DuplicateRecordException} instead.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class DataAccessProblemHandler {

    private final ProblemExceptionHandler problems;

    public DataAccessProblemHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<Object> handleOptimisticLocking(OptimisticLockingFailureException exception,
                                                          WebRequest request) {
        return problems.respond(exception, Problems.create(ProblemType.VERSION_CONFLICT,
                "The record was changed by someone else; reload it and try again.", servletRequest(request)),
                request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<Object> handleDuplicateKey(DuplicateKeyException exception, WebRequest request) {
        return problems.respond(exception, Problems.create(ProblemType.DUPLICATE_RECORD,
                "A record with the same identifying values already exists.", servletRequest(request)), request);
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return Problems.servletRequest(request);
    }
}
