package io.saola.crm.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word on requests it refuses before any servlet sees them (an unparsable request line, illegal
 * characters in the path, a bad header): problem+json instead of Tomcat's HTML page. Errors inside the
 * application are forwarded to {@code /error} and never reach this valve with an unwritten body.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemType type = status == 400 ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status);
        ProblemDetail problem = Problems.create(type, detail(status), null);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemResponses.toJson(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException responseUnusable) {
            // the client is gone or the response cannot take a body; nothing more can be said
        }
    }

    private static String detail(int status) {
        if (status >= 500) {
            return Problems.genericDetail(status);
        }
        if (status == 400) {
            return "The request could not be understood.";
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "The request was refused." : known.getReasonPhrase() + ".";
    }
}
