package io.saola.crm.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Replaces Boot's error controller so that what the servlet container forwards to {@code /error}
 * (exceptions thrown by filters, {@code sendError} calls) is answered with problem+json, never an HTML page.
 * An exception is rethrown into Spring MVC, so it gets the same answer it would have got from a controller.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ErrorAttributes errorAttributes;

    public ProblemErrorController(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping
    public ResponseEntity<Object> error(HttpServletRequest request) throws Exception {
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        while (error instanceof ServletException && error.getCause() != null) {
            error = error.getCause();
        }
        if (error instanceof Exception exception) {
            throw exception;
        }
        int status = status(request);
        if (error != null) {
            log.error("Request {} {} failed [traceId={}]", request.getMethod(), Problems.path(request),
                    Problems.traceId(), error);
            status = 500;
        }
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = Problems.create(type, detail(status, request), request);
        return Problems.response(problem, null);
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && code >= 400 && code <= 599) {
            return code;
        }
        return 404;
    }

    private static String detail(int status, HttpServletRequest request) {
        if (status >= 500) {
            return Problems.genericDetail(status);
        }
        return switch (status) {
            case 400 -> "The request could not be understood.";
            case 401 -> "A valid bearer token is required.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "No endpoint " + request.getMethod() + " " + Problems.path(request) + ".";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "The request was refused." : known.getReasonPhrase() + ".";
            }
        };
    }
}
