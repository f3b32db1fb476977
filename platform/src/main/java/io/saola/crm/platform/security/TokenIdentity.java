package io.saola.crm.platform.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * What a verified token says about its holder, across all the workspaces it belongs to. Turned into a
 * {@link WorkspaceMember} for the one workspace a request is for.
 */
public record TokenIdentity(String subject, Set<WorkspaceId> workspaces, Map<WorkspaceId, Set<Role>> roles,
                            String email, String name, String clientId, Map<WorkspaceId, Set<String>> teams,
                            boolean emailVerified) {

    public TokenIdentity {
        workspaces = Set.copyOf(workspaces);
        roles = Map.copyOf(roles);
        teams = teams == null ? Map.of() : Map.copyOf(teams);
    }

    /**
     * The verified address of a person, or empty: a partner client, or a person whose address Keycloak has not
     * verified. Only this address may take an invitation or open a workspace.
     */
    public Optional<String> verifiedEmail() {
        return emailVerified && email != null && clientId == null
                ? Optional.of(email.strip().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    public boolean belongsTo(WorkspaceId workspace) {
        return workspaces.contains(workspace);
    }

    /** The member this identity is inside {@code workspace}, or empty when it does not belong to it. */
    public Optional<WorkspaceMember> in(WorkspaceId workspace) {
        if (!belongsTo(workspace)) {
            return Optional.empty();
        }
        return Optional.of(new WorkspaceMember(subject, workspace, roles.getOrDefault(workspace, Set.of()), email,
                name, clientId, teams.getOrDefault(workspace, Set.of())));
    }
}
