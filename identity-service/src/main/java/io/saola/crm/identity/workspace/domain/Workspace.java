package io.saola.crm.identity.workspace.domain;

import java.time.Instant;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * A customer company's workspace: reached at its own subdomain, isolated from every other one.
 */
public record Workspace(WorkspaceId id, String name, WorkspaceStatus status, WorkspaceSettings settings,
                        Instant createdAt, long version) {

    public static Workspace create(WorkspaceId id, String name, Instant now) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("A workspace name has 1 to 120 characters");
        }
        return new Workspace(id, name.strip(), WorkspaceStatus.ACTIVE, WorkspaceSettings.DEFAULTS, now, 0);
    }

    public boolean isActive() {
        return status == WorkspaceStatus.ACTIVE;
    }
}
