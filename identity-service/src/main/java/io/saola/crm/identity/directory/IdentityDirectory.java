package io.saola.crm.identity.directory;

import java.util.Optional;
import java.util.Set;

import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Where people, their workspace memberships, roles and teams live for the identity provider (Keycloak in every
 * deployment; an in-memory stand-in in tests). Every method is idempotent: calling it again after a crash or a
 * retry leaves the same result, which is what lets sign-up and invitations be repaired by running them again.
 */
public interface IdentityDirectory {

    /** The workspace's organization (alias = slug), created when missing. */
    void ensureOrganization(WorkspaceId workspace, String name);

    /** The workspace's group with one sub-group per role and one holding its teams, created when missing. */
    void ensureWorkspaceGroups(WorkspaceId workspace);

    Optional<String> findUser(String email);

    /**
     * Creates the person's login with a verified address, because {@code proof} shows they control it (the
     * secret that was mailed to it: a sign-up confirmation or an invitation), and returns its id. Idempotent for
     * the same proof: a retry after a crash finds the user that proof created. An account with this address that
     * any other way created is never reused: {@link AccountExistsException} (the person logs in instead).
     */
    String createVerifiedUser(NewUser user, String proof);

    /**
     * Lets the web app's client be used from {@code origin} (the workspace's host): Keycloak answers CORS requests
     * from it and redirects back to it after a login. Origins are the workspace hosts only, never a wildcard.
     */
    void allowWebOrigin(WorkspaceId workspace, String origin);

    /** Makes the user a member of the workspace's organization. */
    void ensureMember(WorkspaceId workspace, String userId);

    /** Exactly these roles in this workspace: joins the missing role groups, leaves the others. */
    void setRoles(WorkspaceId workspace, String userId, Set<Role> roles);

    /** The team's group under the workspace, created when missing. */
    void ensureTeam(WorkspaceId workspace, String teamId);

    /** Exactly these members in the team's group. */
    void setTeamMembers(WorkspaceId workspace, String teamId, Set<String> userIds);

    void removeTeam(WorkspaceId workspace, String teamId);

    /**
     * Takes the user out of the workspace: its organization, every group under it, and their open sessions, so
     * no new token for this workspace is issued. Tokens already issued expire on their own.
     */
    void removeMember(WorkspaceId workspace, String userId);

    /**
     * A confidential client for a partner system, bound to the workspace (its tokens carry the claim
     * {@code workspace} = slug and no organization) and holding {@code roles} there through its service account.
     * Returns the client's secret, which the directory keeps and this service does not.
     */
    String createApiClient(WorkspaceId workspace, String clientId, String name, Set<Role> roles);

    /** Deletes the client: no new tokens; tokens already issued expire on their own. Harmless when gone. */
    void deleteApiClient(String clientId);

    /** A person to create: email is also the login. */
    record NewUser(String email, String password, String firstName, String lastName) {
    }
}
