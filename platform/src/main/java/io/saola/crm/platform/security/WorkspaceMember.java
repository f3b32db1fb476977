package io.saola.crm.platform.security;

import java.util.Set;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The caller as seen inside one workspace: the principal the services work with. {@code clientId} is set for
 * partner API clients (client-credentials tokens) and empty for people.
 */
public record WorkspaceMember(String userId, WorkspaceId workspace, Set<Role> roles, String email, String name,
                              String clientId) {

    public WorkspaceMember {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isApiClient() {
        return clientId != null && !clientId.isEmpty();
    }
}
