package io.saola.crm.gateway.token;

/** Tokens cannot be verified right now: the identity provider's keys cannot be fetched. Answered 503. */
public class TokenVerificationUnavailableException extends RuntimeException {

    public TokenVerificationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
