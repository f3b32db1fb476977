package io.saola.crm.platform.web;

import java.net.URI;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/** Builds problems the same way for the exception handlers, the error controller and {@link ProblemResponses}. */
final class Problems {

    static final String TRACE_ID = "traceId";
    static final String ERRORS = "errors";
    static final String TRACE_ID_MDC_KEY = "traceId";

    private static final int MAX_REJECTED_VALUE_LENGTH = 200;
    private static final List<String> SECRET_FIELD_WORDS =
            List.of("password", "secret", "token", "credential", "apikey", "api_key");

    private Problems() {
    }

    static ProblemDetail create(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(type.status());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setDetail(detail);
        complete(problem, request == null ? null : path(request));
        return problem;
    }

    /** Fills what every problem carries: a type, a title, the request path as instance and the trace id. */
    static void complete(ProblemDetail problem, String path) {
        ProblemType generic = ProblemType.forStatus(problem.getStatus());
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(generic.uri());
        }
        if (problem.getTitle() == null) {
            problem.setTitle(generic.title());
        }
        if (problem.getInstance() == null && path != null && !path.isEmpty()) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                problem.setInstance(null);
            }
        }
        String traceId = traceId();
        if (traceId != null && (problem.getProperties() == null || !problem.getProperties().containsKey(TRACE_ID))) {
            problem.setProperty(TRACE_ID, traceId);
        }
    }

    static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
    }

    static String traceId() {
        String traceId = MDC.get(TRACE_ID_MDC_KEY);
        return traceId == null || traceId.isBlank() ? null : traceId;
    }

    static String path(HttpServletRequest request) {
        Object errorUri = request.getAttribute("jakarta.servlet.error.request_uri");
        return errorUri instanceof String uri ? uri : request.getRequestURI();
    }

    static String genericDetail(int status) {
        return switch (status) {
            case 502, 504 -> "An upstream service did not answer properly. Try again later.";
            case 503 -> "The service is temporarily unavailable. Try again later.";
            default -> "An unexpected error occurred. Quote the trace id when reporting it.";
        };
    }

    static ResponseEntity<Object> response(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders withType = new HttpHeaders();
        if (headers != null) {
            withType.putAll(headers);
        }
        withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(withType).body(problem);
    }

    static String countDetail(Collection<?> errors, String one, String many) {
        return errors.size() == 1 ? one : String.format(Locale.ROOT, many, errors.size());
    }

    /**
     * The rejected value as it may be shown back: scalars only, long text shortened, and nothing for fields
     * whose name suggests a secret.
     */
    static Object displayable(String field, Object value) {
        if (value == null || isSecret(field)) {
            return null;
        }
        if (value instanceof CharSequence text) {
            String string = text.toString();
            return string.length() > MAX_REJECTED_VALUE_LENGTH
                    ? string.substring(0, MAX_REJECTED_VALUE_LENGTH) + "..." : string;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof UUID) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return null;
    }

    private static boolean isSecret(String field) {
        if (field == null) {
            return false;
        }
        String lower = field.toLowerCase(Locale.ROOT);
        return SECRET_FIELD_WORDS.stream().anyMatch(lower::contains);
    }
}
