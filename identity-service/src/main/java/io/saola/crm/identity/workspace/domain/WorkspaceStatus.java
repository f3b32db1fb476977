package io.saola.crm.identity.workspace.domain;

public enum WorkspaceStatus {
    ACTIVE,
    SUSPENDED
}
