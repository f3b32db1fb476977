package io.saola.crm.platform.events;

/**
 * A received record that is not a readable event (missing CloudEvents attributes, payload that does not map
 * to the expected type). Retrying cannot help, so it goes straight to the dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
