package io.saola.crm.deploy;

/** The platform could not be started, stopped or inspected; the message says why and what to do. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
