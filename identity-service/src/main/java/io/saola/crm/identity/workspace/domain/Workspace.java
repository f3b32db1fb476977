package io.saola.crm.identity.workspace.domain;

import java.time.Instant;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * A customer company's workspace: reached at its own subdomain, isolated from every other one. {@code ownerEmail}
 * is who signed it up: a repeated sign-up from the same person resumes or confirms it, anyone else finds the
 * slug taken.
 */
public record Workspace(WorkspaceId id, String name, WorkspaceStatus status, WorkspaceSettings settings,
                        String ownerEmail, Instant createdAt, long version) {

    public static final int MAX_NAME_LENGTH = 120;

    /** A workspace ready to serve (the demo workspace, which has no sign-up). */
    public static Workspace create(WorkspaceId id, String name, Instant now) {
        return new Workspace(id, checkedName(name), WorkspaceStatus.ACTIVE, WorkspaceSettings.DEFAULTS, null, now, 0);
    }

    /** A signed-up workspace whose set-up is still to be done. */
    public static Workspace reserve(WorkspaceId id, String name, WorkspaceSettings settings, String ownerEmail,
                                    Instant now) {
        return new Workspace(id, checkedName(name), WorkspaceStatus.PROVISIONING, settings, ownerEmail, now, 0);
    }

    public boolean isActive() {
        return status == WorkspaceStatus.ACTIVE;
    }

    public boolean isServed() {
        return status != WorkspaceStatus.PROVISIONING;
    }

    public boolean signedUpBy(String email) {
        return ownerEmail != null && ownerEmail.equalsIgnoreCase(email);
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A workspace name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }
}
