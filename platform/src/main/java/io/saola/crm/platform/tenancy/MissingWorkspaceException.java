package io.saola.crm.platform.tenancy;

/**
 * Work that needs a workspace ran without one. Never answered by falling back to "all workspaces".
 */
public class MissingWorkspaceException extends IllegalStateException {

    public MissingWorkspaceException(String what) {
        super("No workspace in context for " + what);
    }
}
