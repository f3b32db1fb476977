package io.saola.crm.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.saola.crm.platform.tenancy.InvalidWorkspaceIdException;
import io.saola.crm.platform.tenancy.MissingWorkspaceException;

/**
 * Answers every exception that leaves a controller with problem+json. Spring MVC's own exceptions go through
 * {@link ResponseEntityExceptionHandler} and are completed here (type, instance, trace id, field errors);
 * the platform's typed exceptions carry their own {@link ProblemType}; anything unexpected becomes a 500
 * whose body says nothing about the cause, which is logged with the trace id instead.
 * <p>
 * Ordered last so that a service's own advice, declared without an order, is consulted first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    public ResponseEntity<Object> handleProblem(ProblemException exception, WebRequest request) {
        ProblemDetail problem = Problems.create(exception.type(), exception.detail(), servletRequest(request));
        exception.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        if (exception instanceof ServiceBusyException busy) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
        }
        return respond(exception, problem, headers, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException exception,
                                                            WebRequest request) {
        return respond(exception, validationProblem(ValidationErrors.of(exception.getConstraintViolations()),
                request), request);
    }

    @ExceptionHandler(MissingWorkspaceException.class)
    public ResponseEntity<Object> handleMissingWorkspace(MissingWorkspaceException exception, WebRequest request) {
        log.warn("Request without a workspace reached workspace-scoped code: {}", exception.getMessage());
        return respond(exception, Problems.create(ProblemType.MISSING_WORKSPACE,
                "This request must be made within a workspace, at the workspace's own address.",
                servletRequest(request)), request);
    }

    @ExceptionHandler(InvalidWorkspaceIdException.class)
    public ResponseEntity<Object> handleInvalidWorkspace(InvalidWorkspaceIdException exception,
                                                         WebRequest request) {
        return respond(exception, Problems.create(ProblemType.INVALID_WORKSPACE, exception.getMessage(),
                servletRequest(request)), request);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception exception, WebRequest request) {
        return respond(exception, Problems.create(ProblemType.INTERNAL_ERROR, null, servletRequest(request)),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<ProblemError> errors = validationErrors().of(exception.getBindingResult());
        return handleExceptionInternal(exception, validationProblem(errors, request), headers,
                HttpStatusCode.valueOf(ProblemType.VALIDATION.status()), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        List<ProblemError> errors = validationErrors().of(exception);
        return handleExceptionInternal(exception, validationProblem(errors, request), headers,
                HttpStatusCode.valueOf(ProblemType.VALIDATION.status()), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        UnreadableBody unreadable = UnreadableBody.of(exception);
        ProblemDetail problem = Problems.create(unreadable.type(), unreadable.detail(), servletRequest(request));
        if (!unreadable.errors().isEmpty()) {
            problem.setProperty(Problems.ERRORS, unreadable.errors());
        }
        return handleExceptionInternal(exception, problem, headers, HttpStatusCode.valueOf(problem.getStatus()),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = exception.getPropertyName();
        String expected = UnreadableBody.describe(exception.getRequiredType());
        Object rejected = Problems.displayable(name, exception.getValue());
        ProblemDetail problem = Problems.create(ProblemType.MALFORMED_REQUEST,
                "Parameter '" + name + "' must be " + expected + ".", servletRequest(request));
        problem.setProperty(Problems.ERRORS, List.of(ProblemError.of(name, "must be " + expected, rejected)));
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String name = exception.getParameterName();
        ProblemDetail problem = Problems.create(ProblemType.MALFORMED_REQUEST,
                "Required parameter '" + name + "' is missing.", servletRequest(request));
        problem.setProperty(Problems.ERRORS, List.of(ProblemError.of(name, "is required")));
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException exception,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String name = exception.getRequestPartName();
        ProblemDetail problem = Problems.create(ProblemType.MALFORMED_REQUEST,
                "Required part '" + name + "' is missing.", servletRequest(request));
        problem.setProperty(Problems.ERRORS, List.of(ProblemError.of(name, "is required")));
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException exception,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        ProblemDetail problem = exception.updateAndGetBody(getMessageSource(), locale());
        if (status.value() == 400) {
            problem.setType(ProblemType.MALFORMED_REQUEST.uri());
            problem.setTitle(ProblemType.MALFORMED_REQUEST.title());
        }
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException exception,
                                                                    HttpHeaders headers, HttpStatusCode status,
                                                                    WebRequest request) {
        return handleExceptionInternal(exception, notFound(exception.getHttpMethod().name(), request), headers,
                status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException exception,
                                                                   HttpHeaders headers, HttpStatusCode status,
                                                                   WebRequest request) {
        return handleExceptionInternal(exception, notFound(exception.getHttpMethod(), request), headers, status,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        ProblemDetail problem = Problems.create(ProblemType.PAYLOAD_TOO_LARGE,
                "The upload exceeds the maximum allowed size.", servletRequest(request));
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            log.error("Request {} {} failed [traceId={}]", method(request), path(request), Problems.traceId(),
                    exception);
        } else if (log.isDebugEnabled()) {
            log.debug("Request {} {} refused with {}: {}", method(request), path(request), status.value(),
                    exception.toString());
        }
        return super.handleExceptionInternal(exception, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        problem.setStatus(status.value());
        if (status.is5xxServerError()) {
            problem.setType(ProblemType.forStatus(status.value()).uri());
            problem.setTitle(ProblemType.forStatus(status.value()).title());
            problem.setDetail(Problems.genericDetail(status.value()));
            if (problem.getProperties() != null) {
                problem.getProperties().keySet().retainAll(List.of(Problems.TRACE_ID));
            }
        }
        Problems.complete(problem, path(request));
        return Problems.response(problem, headers);
    }

    ResponseEntity<Object> respond(Exception exception, ProblemDetail problem, WebRequest request) {
        return respond(exception, problem, new HttpHeaders(), request);
    }

    private ResponseEntity<Object> respond(Exception exception, ProblemDetail problem, HttpHeaders headers,
                                           WebRequest request) {
        ResponseEntity<Object> response = handleExceptionInternal(exception, problem, headers,
                HttpStatusCode.valueOf(problem.getStatus()), request);
        return response != null ? response : ResponseEntity.status(problem.getStatus()).build();
    }

    private ProblemDetail validationProblem(List<ProblemError> errors, WebRequest request) {
        ProblemDetail problem = Problems.create(ProblemType.VALIDATION,
                Problems.countDetail(errors, "1 field is invalid.", "%d fields are invalid."),
                servletRequest(request));
        problem.setProperty(Problems.ERRORS, errors);
        return problem;
    }

    private ProblemDetail notFound(String method, WebRequest request) {
        return Problems.create(ProblemType.NOT_FOUND, "No endpoint " + method + " " + path(request) + ".",
                servletRequest(request));
    }

    private ValidationErrors validationErrors() {
        return new ValidationErrors(getMessageSource(), locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return Problems.servletRequest(request);
    }

    private static String path(WebRequest request) {
        HttpServletRequest servlet = servletRequest(request);
        return servlet == null ? null : Problems.path(servlet);
    }

    private static String method(WebRequest request) {
        HttpServletRequest servlet = servletRequest(request);
        return servlet == null ? "" : servlet.getMethod();
    }
}
