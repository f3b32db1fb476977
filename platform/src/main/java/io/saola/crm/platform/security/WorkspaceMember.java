package io.saola.crm.platform.security;

import java.util.Set;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The caller as seen inside one workspace: the principal the services work with. {@code clientId} is set for
 * partner API clients (client-credentials tokens) and empty for people. {@code teams} are the ids of the
 * workspace's teams the caller belongs to (what {@code scope=team} reaches).
 */
public record WorkspaceMember(String userId, WorkspaceId workspace, Set<Role> roles, String email, String name,
                              String clientId, Set<String> teams) {

    public WorkspaceMember {
        roles = Set.copyOf(roles);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }

    /** A member of no team. */
    public WorkspaceMember(String userId, WorkspaceId workspace, Set<Role> roles, String email, String name,
                           String clientId) {
        this(userId, workspace, roles, email, name, clientId, Set.of());
    }

    public boolean inTeam(String teamId) {
        return teamId != null && teams.contains(teamId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isApiClient() {
        return clientId != null && !clientId.isEmpty();
    }
}
