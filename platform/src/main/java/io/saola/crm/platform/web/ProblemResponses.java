package io.saola.crm.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem+json straight to a servlet response, for code that answers outside Spring MVC's exception
 * handling: security entry points and access-denied handlers, servlet filters, the gateway (401, 403, 429,
 * 503...). Produces the same shape as the controllers' problems.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private ProblemResponses() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
                             String title, String detail) throws IOException {
        write(response, problem(request, status, title, detail));
    }

    public static void write(HttpServletResponse response, HttpStatusCode status, String title, String detail)
            throws IOException {
        write(null, response, status, title, detail);
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemType type,
                             String detail) throws IOException {
        write(response, Problems.create(type, detail, request));
    }

    /** The problem the other methods write, for callers that add extension members before writing it. */
    public static ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String title,
                                        String detail) {
        ProblemDetail problem = Problems.create(ProblemType.forStatus(status.value()), detail, request);
        if (title != null) {
            problem.setTitle(title);
        }
        return problem;
    }

    /** Writes the problem unless the response is already committed, in which case nothing can be said. */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        byte[] body = JSON.writeValueAsBytes(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        try {
            OutputStream out = response.getOutputStream();
            out.write(body);
            out.flush();
        } catch (IllegalStateException writerAlreadyUsed) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
            response.getWriter().flush();
        }
    }

    static String toJson(ProblemDetail problem) {
        return JSON.writeValueAsString(problem);
    }
}
