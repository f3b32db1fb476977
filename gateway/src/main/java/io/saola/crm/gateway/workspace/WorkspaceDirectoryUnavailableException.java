package io.saola.crm.gateway.workspace;

/** identity-service cannot say whether a workspace exists, and nothing usable is cached. */
public class WorkspaceDirectoryUnavailableException extends RuntimeException {

    public WorkspaceDirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
