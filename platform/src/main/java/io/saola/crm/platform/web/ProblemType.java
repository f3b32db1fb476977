package io.saola.crm.platform.web;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of problem as clients see it: a stable {@code type} URI under {@link #BASE}, its fixed title and the
 * status it is usually answered with. Clients branch on the URI, never on the title or detail.
 * <p>
 * 400 means the request could not be read (malformed JSON, wrong JSON type, unknown enum value, missing or
 * mistyped parameters, an unparsable list query); 422 means it was read but its values break the rules
 * (bean validation on bodies, parameters or services).
 */
public record ProblemType(URI uri, String title, int status) {

    public static final String BASE = "https://saola.io/problems/";

    public static final ProblemType VALIDATION = of("validation", "Validation failed", 422);
    public static final ProblemType MALFORMED_REQUEST = of("malformed-request", "Malformed request", 400);
    public static final ProblemType INVALID_LIST_QUERY = of("invalid-list-query", "Invalid list query", 400);
    public static final ProblemType INVALID_WORKSPACE = of("invalid-workspace", "Invalid workspace", 400);
    public static final ProblemType BAD_REQUEST = of("bad-request", "Bad request", 400);
    public static final ProblemType UNAUTHORIZED = of("unauthorized", "Unauthorized", 401);
    public static final ProblemType FORBIDDEN = of("forbidden", "Forbidden", 403);
    public static final ProblemType MISSING_WORKSPACE = of("missing-workspace", "Workspace required", 403);
    public static final ProblemType NOT_FOUND = of("not-found", "Not found", 404);
    public static final ProblemType RECORD_NOT_FOUND = of("record-not-found", "Record not found", 404);
    public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", "Method not allowed", 405);
    public static final ProblemType NOT_ACCEPTABLE = of("not-acceptable", "Not acceptable", 406);
    public static final ProblemType CONFLICT = of("conflict", "Conflict", 409);
    public static final ProblemType VERSION_CONFLICT = of("version-conflict", "Version conflict", 409);
    public static final ProblemType DUPLICATE_RECORD = of("duplicate-record", "Duplicate record", 409);
    public static final ProblemType INVALID_STATE_TRANSITION =
            of("invalid-state-transition", "Invalid state transition", 409);
    public static final ProblemType PRECONDITION_FAILED = of("precondition-failed", "Precondition failed", 412);
    public static final ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", "Payload too large", 413);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            of("unsupported-media-type", "Unsupported media type", 415);
    public static final ProblemType PRECONDITION_REQUIRED =
            of("precondition-required", "Precondition required", 428);
    public static final ProblemType TOO_MANY_REQUESTS = of("too-many-requests", "Too many requests", 429);
    public static final ProblemType INTERNAL_ERROR = of("internal-error", "Internal error", 500);
    public static final ProblemType BAD_GATEWAY = of("bad-gateway", "Bad gateway", 502);
    public static final ProblemType SERVICE_UNAVAILABLE = of("service-unavailable", "Service unavailable", 503);
    public static final ProblemType GATEWAY_TIMEOUT = of("gateway-timeout", "Gateway timeout", 504);

    private static final Map<Integer, ProblemType> BY_STATUS = Map.ofEntries(
            Map.entry(400, BAD_REQUEST), Map.entry(401, UNAUTHORIZED), Map.entry(403, FORBIDDEN),
            Map.entry(404, NOT_FOUND), Map.entry(405, METHOD_NOT_ALLOWED), Map.entry(406, NOT_ACCEPTABLE),
            Map.entry(409, CONFLICT), Map.entry(412, PRECONDITION_FAILED), Map.entry(413, PAYLOAD_TOO_LARGE),
            Map.entry(415, UNSUPPORTED_MEDIA_TYPE), Map.entry(422, VALIDATION),
            Map.entry(428, PRECONDITION_REQUIRED), Map.entry(429, TOO_MANY_REQUESTS),
            Map.entry(500, INTERNAL_ERROR), Map.entry(502, BAD_GATEWAY), Map.entry(503, SERVICE_UNAVAILABLE),
            Map.entry(504, GATEWAY_TIMEOUT));

    public ProblemType {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has a 4xx or 5xx status, not " + status);
        }
    }

    /** A type under the platform's base URI, for services that define problems of their own. */
    public static ProblemType of(String slug, String title, int status) {
        return new ProblemType(URI.create(BASE + slug), title, status);
    }

    /** The generic type for a status; statuses without one get {@code <BASE>http-<status>}. */
    public static ProblemType forStatus(int status) {
        ProblemType known = BY_STATUS.get(status);
        return known != null ? known : of("http-" + status, "HTTP " + status, status);
    }
}
