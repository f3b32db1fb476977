package io.saola.crm.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The one adapter from Keycloak access-token claims to a {@link TokenIdentity}. Takes a plain claims map so
 * that the gateway (Nimbus claims) and the services (Spring Security's {@code Jwt}) share it.
 * <ul>
 * <li>{@code organization}: the Keycloak organizations of a person, as a list of aliases or, when Keycloak
 * is set to add organization ids, as an object keyed by alias. Alias = workspace slug.</li>
 * <li>{@code workspace}: the single workspace a partner API client is bound to (a hard-coded claim on that
 * confidential client).</li>
 * <li>{@code email_verified}: only {@code true} counts as a verified address.</li>
 * <li>{@code groups}: full group paths; {@code /<slug>/<role>} grants {@code role} in workspace
 * {@code slug} only, and {@code /<slug>/teams/<team>} makes the holder a member of that workspace's team
 * {@code team}. Groups of workspaces the token does not belong to are ignored.</li>
 * </ul>
 * Malformed values are ignored rather than trusted: a claim that cannot be read grants nothing.
 */
public final class KeycloakClaims {

    public static final String ORGANIZATION = "organization";
    public static final String WORKSPACE = "workspace";
    public static final String GROUPS = "groups";
    /** The group under a workspace's group that holds its teams: {@code /<slug>/teams/<team>}. */
    public static final String TEAMS_GROUP = "teams";

    private KeycloakClaims() {
    }

    public static TokenIdentity identity(Map<String, Object> claims) {
        Set<WorkspaceId> workspaces = new HashSet<>();
        Object organization = claims.get(ORGANIZATION);
        if (organization instanceof Collection<?> aliases) {
            aliases.forEach(alias -> addWorkspace(workspaces, alias));
        } else if (organization instanceof Map<?, ?> byAlias) {
            byAlias.keySet().forEach(alias -> addWorkspace(workspaces, alias));
        } else if (organization instanceof String alias) {
            addWorkspace(workspaces, alias);
        }
        String clientId = stringClaim(claims, "client_id");
        if (claims.get(WORKSPACE) instanceof String boundWorkspace) {
            addWorkspace(workspaces, boundWorkspace);
        }

        Map<WorkspaceId, Set<Role>> roles = new HashMap<>();
        Map<WorkspaceId, Set<String>> teams = new HashMap<>();
        if (claims.get(GROUPS) instanceof Collection<?> groups) {
            for (Object group : groups) {
                if (group instanceof String path) {
                    addRole(roles, workspaces, path);
                    addTeam(teams, workspaces, path);
                }
            }
        }
        Map<WorkspaceId, Set<String>> frozenTeams = new HashMap<>();
        teams.forEach((workspace, ids) -> frozenTeams.put(workspace, Set.copyOf(ids)));
        return new TokenIdentity(stringClaim(claims, "sub"), workspaces, freeze(roles), stringClaim(claims, "email"),
                displayName(claims), clientId, frozenTeams, Boolean.TRUE.equals(claims.get("email_verified")));
    }

    private static void addWorkspace(Set<WorkspaceId> workspaces, Object alias) {
        if (alias instanceof String slug && WorkspaceId.isValid(slug)) {
            workspaces.add(WorkspaceId.of(slug));
        }
    }

    private static void addRole(Map<WorkspaceId, Set<Role>> roles, Set<WorkspaceId> workspaces, String path) {
        String[] parts = path.split("/");
        // "/<slug>/<role>" splits into ["", slug, role]
        if (parts.length != 3 || !parts[0].isEmpty() || !WorkspaceId.isValid(parts[1])) {
            return;
        }
        WorkspaceId workspace = WorkspaceId.of(parts[1]);
        if (!workspaces.contains(workspace)) {
            return;
        }
        Role.fromGroupName(parts[2])
                .ifPresent(role -> roles.computeIfAbsent(workspace, key -> EnumSet.noneOf(Role.class)).add(role));
    }

    /** Team ids have the same shape as workspace slugs: lowercase letters, digits and hyphens. */
    private static void addTeam(Map<WorkspaceId, Set<String>> teams, Set<WorkspaceId> workspaces, String path) {
        String[] parts = path.split("/");
        // "/<slug>/teams/<team>" splits into ["", slug, "teams", team]
        if (parts.length != 4 || !parts[0].isEmpty() || !TEAMS_GROUP.equals(parts[2])
                || !WorkspaceId.isValid(parts[1]) || !WorkspaceId.isValid(parts[3])) {
            return;
        }
        WorkspaceId workspace = WorkspaceId.of(parts[1]);
        if (workspaces.contains(workspace)) {
            teams.computeIfAbsent(workspace, key -> new HashSet<>()).add(parts[3]);
        }
    }

    private static Map<WorkspaceId, Set<Role>> freeze(Map<WorkspaceId, Set<Role>> roles) {
        Map<WorkspaceId, Set<Role>> frozen = new HashMap<>();
        roles.forEach((workspace, set) -> frozen.put(workspace, Set.copyOf(set)));
        return frozen;
    }

    private static String displayName(Map<String, Object> claims) {
        String name = stringClaim(claims, "name");
        return name != null ? name : stringClaim(claims, "preferred_username");
    }

    private static String stringClaim(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof String value ? value : null;
    }
}
