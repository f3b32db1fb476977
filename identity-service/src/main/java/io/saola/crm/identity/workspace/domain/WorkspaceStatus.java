package io.saola.crm.identity.workspace.domain;

/** PROVISIONING: signed up, its identity-provider set-up not finished; not served (the gateway answers 404). */
public enum WorkspaceStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED
}
