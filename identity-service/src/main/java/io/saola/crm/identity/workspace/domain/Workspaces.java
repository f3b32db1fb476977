package io.saola.crm.identity.workspace.domain;

import java.util.Optional;

import io.saola.crm.platform.tenancy.WorkspaceId;

/** The registry of workspaces. */
public interface Workspaces {

    Optional<Workspace> find(WorkspaceId id);

    /** Adds a workspace; returns false when one with that id already exists (nothing is changed then). */
    boolean add(Workspace workspace);

    /** Moves the workspace from {@code from} to {@code to}; false when it was not in {@code from}. */
    boolean changeStatus(WorkspaceId id, WorkspaceStatus from, WorkspaceStatus to);

    /** Removes a reservation that never became a workspace (still PROVISIONING); false when there was none. */
    boolean removeReservation(WorkspaceId id);

    /** New name and settings, if the stored version is still {@code expectedVersion}; false otherwise. */
    boolean update(WorkspaceId id, String name, WorkspaceSettings settings, long expectedVersion);
}
