package io.saola.crm.identity.member;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.saola.crm.identity.directory.AccountExistsException;
import io.saola.crm.identity.directory.DirectoryUnavailableException;
import io.saola.crm.identity.directory.IdentityDirectory;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The identity provider's state as identity-service sees it, in memory, for tests of the service's own logic (the
 * real Keycloak is exercised by the system tests). {@link #failNext(String, int)} makes a step fail like an
 * unreachable provider, to test that half-done work is repaired.
 */
public final class InMemoryDirectory implements IdentityDirectory {

    public final Set<WorkspaceId> organizations = new HashSet<>();
    public final Map<String, String> usersByEmail = new HashMap<>();
    public final Map<String, String> passwords = new HashMap<>();
    public final Map<String, String> proofs = new HashMap<>();
    public final Set<String> webOrigins = new HashSet<>();
    public final Map<WorkspaceId, Set<String>> members = new HashMap<>();
    public final Map<String, Set<Role>> roles = new HashMap<>();
    public final Map<String, Set<String>> teams = new HashMap<>();
    public final Map<String, String> apiClientSecrets = new HashMap<>();
    private final Map<String, AtomicInteger> failures = new HashMap<>();

    public synchronized void failNext(String step, int times) {
        failures.put(step, new AtomicInteger(times));
    }

    public synchronized Set<Role> rolesOf(WorkspaceId workspace, String userId) {
        return roles.getOrDefault(workspace.slug() + "/" + userId, Set.of());
    }

    public synchronized boolean isMember(WorkspaceId workspace, String userId) {
        return members.getOrDefault(workspace, Set.of()).contains(userId);
    }

    @Override
    public synchronized void ensureOrganization(WorkspaceId workspace, String name) {
        maybeFail("ensureOrganization");
        organizations.add(workspace);
    }

    @Override
    public synchronized void ensureWorkspaceGroups(WorkspaceId workspace) {
        maybeFail("ensureWorkspaceGroups");
    }

    @Override
    public synchronized Optional<String> findUser(String email) {
        return Optional.ofNullable(usersByEmail.get(email));
    }

    @Override
    public synchronized String createVerifiedUser(NewUser user, String proof) {
        maybeFail("createVerifiedUser");
        String existing = usersByEmail.get(user.email());
        if (existing != null) {
            if (proof.equals(proofs.get(existing))) {
                return existing;
            }
            throw new AccountExistsException("An account with this address already exists.");
        }
        String id = UUID.randomUUID().toString();
        usersByEmail.put(user.email(), id);
        passwords.put(id, user.password());
        proofs.put(id, proof);
        return id;
    }

    /** An account made some other way (another workspace's sign-up, an admin): it has no proof of ours. */
    public synchronized String existingAccount(String email) {
        return usersByEmail.computeIfAbsent(email, key -> UUID.randomUUID().toString());
    }

    @Override
    public synchronized void allowWebOrigin(WorkspaceId workspace, String origin) {
        maybeFail("allowWebOrigin");
        webOrigins.add(origin);
    }

    @Override
    public synchronized void ensureMember(WorkspaceId workspace, String userId) {
        maybeFail("ensureMember");
        if (!organizations.contains(workspace)) {
            throw new IllegalStateException("no organization " + workspace);
        }
        members.computeIfAbsent(workspace, key -> new HashSet<>()).add(userId);
    }

    @Override
    public synchronized void setRoles(WorkspaceId workspace, String userId, Set<Role> wanted) {
        maybeFail("setRoles");
        roles.put(workspace.slug() + "/" + userId, wanted.isEmpty() ? Set.of() : EnumSet.copyOf(wanted));
    }

    @Override
    public synchronized void ensureTeam(WorkspaceId workspace, String teamId) {
        teams.putIfAbsent(workspace.slug() + "/" + teamId, new HashSet<>());
    }

    @Override
    public synchronized void setTeamMembers(WorkspaceId workspace, String teamId, Set<String> userIds) {
        teams.put(workspace.slug() + "/" + teamId, new HashSet<>(userIds));
    }

    @Override
    public synchronized void removeTeam(WorkspaceId workspace, String teamId) {
        teams.remove(workspace.slug() + "/" + teamId);
    }

    @Override
    public synchronized void removeMember(WorkspaceId workspace, String userId) {
        maybeFail("removeMember");
        members.getOrDefault(workspace, new HashSet<>()).remove(userId);
        roles.remove(workspace.slug() + "/" + userId);
    }

    @Override
    public synchronized String createApiClient(WorkspaceId workspace, String clientId, String name, Set<Role> wanted) {
        maybeFail("createApiClient");
        roles.put(workspace.slug() + "/" + clientId, EnumSet.copyOf(wanted));
        return apiClientSecrets.computeIfAbsent(clientId, id -> UUID.randomUUID().toString());
    }

    @Override
    public synchronized void deleteApiClient(String clientId) {
        apiClientSecrets.remove(clientId);
    }

    private void maybeFail(String step) {
        AtomicInteger remaining = failures.get(step);
        if (remaining != null && remaining.getAndDecrement() > 0) {
            throw new DirectoryUnavailableException("The identity provider could not complete " + step
                    + " right now. Retry the same request.", null);
        }
    }
}
