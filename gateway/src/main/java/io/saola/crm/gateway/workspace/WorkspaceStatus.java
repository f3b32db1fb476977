package io.saola.crm.gateway.workspace;

/** What identity-service says about a workspace, as far as serving its requests goes. */
public enum WorkspaceStatus {
    ACTIVE,
    /** Exists but may not be used (suspended, or any state other than active). */
    SUSPENDED,
    /** identity-service does not know it. */
    UNKNOWN
}
