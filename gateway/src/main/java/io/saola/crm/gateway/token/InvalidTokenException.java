package io.saola.crm.gateway.token;

/** The request carries no usable token: answered 401 with {@code WWW-Authenticate: Bearer}. */
public class InvalidTokenException extends RuntimeException {

    private final boolean missing;

    public InvalidTokenException(String reason) {
        this(reason, false);
    }

    private InvalidTokenException(String reason, boolean missing) {
        super(reason, null, false, false);
        this.missing = missing;
    }

    static InvalidTokenException missing() {
        return new InvalidTokenException("A bearer token is required", true);
    }

    /** No token at all, as opposed to a token that is not valid (RFC 6750 §3.1: no error code then). */
    public boolean isMissing() {
        return missing;
    }
}
