package io.saola.crm.platform.events;

/**
 * A received record without a valid {@code ce_tenantid} header: it cannot be processed inside any workspace,
 * and never as "all workspaces". Not retried; it goes straight to the dead-letter topic.
 */
public class EventWithoutWorkspaceException extends RuntimeException {

    public EventWithoutWorkspaceException(String message) {
        super(message);
    }

    public EventWithoutWorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
