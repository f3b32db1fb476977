package io.saola.crm.identity.workspace.application;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.identity.workspace.domain.WorkspaceSettings;
import io.saola.crm.identity.workspace.domain.WorkspaceStatus;
import io.saola.crm.identity.workspace.domain.Workspaces;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.platform.web.PreconditionFailedException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;

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

    /** Registers the workspace, ready to serve, unless it already exists; either way returns the registered one. */
    public Workspace ensureRegistered(WorkspaceId id, String name) {
        workspaces.add(Workspace.create(id, name, clock.instant()));
        return workspaces.find(id).orElseThrow();
    }

    /**
     * Reserves the slug for a sign-up. Returns the workspace as registered: the new reservation, or what was
     * there before (the caller decides whether that is the same sign-up being retried).
     */
    public Workspace reserve(WorkspaceId id, String name, WorkspaceSettings settings, String ownerEmail) {
        workspaces.add(Workspace.reserve(id, name, settings, ownerEmail, clock.instant()));
        return workspaces.find(id).orElseThrow();
    }

    /** Gives a slug whose sign-up was never confirmed back; a workspace that was opened stays. */
    public boolean release(WorkspaceId id) {
        return workspaces.removeReservation(id);
    }

    /** Stops serving the workspace (the gateway answers 403) until it is reactivated; its data stays. */
    public Workspace suspend(WorkspaceId id) {
        Workspace workspace = find(id).filter(Workspace::isServed)
                .orElseThrow(() -> new RecordNotFoundException("workspace", id.slug()));
        workspaces.changeStatus(id, WorkspaceStatus.ACTIVE, WorkspaceStatus.SUSPENDED);
        return find(id).orElse(workspace);
    }

    public Workspace reactivate(WorkspaceId id) {
        Workspace workspace = find(id).filter(Workspace::isServed)
                .orElseThrow(() -> new RecordNotFoundException("workspace", id.slug()));
        workspaces.changeStatus(id, WorkspaceStatus.SUSPENDED, WorkspaceStatus.ACTIVE);
        return find(id).orElse(workspace);
    }

    /** Name, locale, time zone and currency; {@code expectedVersion} null skips the version check. */
    public Workspace updateSettings(WorkspaceId id, String name, WorkspaceSettings settings, Long expectedVersion) {
        Workspace current = find(id).orElseThrow(() -> new RecordNotFoundException("workspace", id.slug()));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new PreconditionFailedException("workspace", id.slug(), IfMatch.etag(current.version()));
        }
        long version = current.version();
        String checkedName = Workspace.create(id, name == null ? current.name() : name, clock.instant()).name();
        if (!workspaces.update(id, checkedName, settings, version)) {
            throw new VersionConflictException("workspace", id.slug(), version, find(id).orElseThrow().version());
        }
        return find(id).orElseThrow();
    }

    /** Opens a workspace whose set-up is complete; harmless when it is already open. */
    public void activate(WorkspaceId id) {
        workspaces.changeStatus(id, WorkspaceStatus.PROVISIONING, WorkspaceStatus.ACTIVE);
    }
}
