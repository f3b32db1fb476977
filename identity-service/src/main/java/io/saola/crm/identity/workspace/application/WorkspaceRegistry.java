package io.saola.crm.identity.workspace.application;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.identity.workspace.domain.Workspaces;
import io.saola.crm.platform.tenancy.WorkspaceId;

/** Registers workspaces and answers who exists and in what state. */
@Service
public class WorkspaceRegistry {

    private final Workspaces workspaces;
    private final Clock clock;

    WorkspaceRegistry(Workspaces workspaces, Clock clock) {
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public Optional<Workspace> find(WorkspaceId id) {
        return workspaces.find(id);
    }

    /** Registers the workspace unless it already exists; either way returns the registered one. */
    public Workspace ensureRegistered(WorkspaceId id, String name) {
        Workspace workspace = Workspace.create(id, name, clock.instant());
        workspaces.add(workspace);
        return workspaces.find(id).orElseThrow();
    }
}
