package io.saola.crm.identity.keycloak;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import io.saola.crm.identity.directory.AccountExistsException;
import io.saola.crm.identity.directory.DirectoryUnavailableException;
import io.saola.crm.identity.directory.IdentityDirectory;
import io.saola.crm.identity.member.Secrets;
import io.saola.crm.platform.security.KeycloakClaims;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The directory in Keycloak: one organization per workspace (alias = slug), a group per workspace with a
 * sub-group per role ({@code /<slug>/<role>}) and per team ({@code /<slug>/teams/<team>}); the realm's
 * {@code groups} mapper puts the full paths into access tokens, where the platform's claims adapter reads them.
 * Every call is idempotent ("ensure"), and any failure to reach Keycloak surfaces as
 * {@link DirectoryUnavailableException}.
 */
public class KeycloakDirectory implements IdentityDirectory {

    /**
     * The user attribute that says which proof of the mailbox created the account (its SHA-256 only; admin-only
     * in the realm).
     */
    static final String PROOF_ATTRIBUTE = "saola-created-by";

    private final Keycloak keycloak;
    private final KeycloakAdminProperties properties;

    public KeycloakDirectory(Keycloak keycloak, KeycloakAdminProperties properties) {
        this.keycloak = keycloak;
        this.properties = properties;
    }

    @Override
    public void ensureOrganization(WorkspaceId workspace, String name) {
        call("create the organization of " + workspace, () -> {
            if (findOrganization(workspace).isEmpty()) {
                // display names are not unique (many companies share one) and Keycloak wants unique organization
                // names: the organization is keyed by the slug, the display name is its description
                OrganizationRepresentation organization = new OrganizationRepresentation();
                organization.setAlias(workspace.slug());
                organization.setName(workspace.slug());
                organization.setDescription(name);
                organization.setEnabled(true);
                OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
                domain.setName(domainOf(workspace));
                organization.addDomain(domain);
                try (Response response = realm().organizations().create(organization)) {
                    if (response.getStatus() >= 300 && response.getStatus() != 409) {
                        throw new IllegalStateException("Keycloak refused organization " + workspace + ": "
                                + response.getStatus());
                    }
                }
                if (findOrganization(workspace).isEmpty()) {
                    throw new IllegalStateException("organization " + workspace + " was not created");
                }
            }
            return null;
        });
    }

    @Override
    public void ensureWorkspaceGroups(WorkspaceId workspace) {
        call("create the groups of " + workspace, () -> {
            String workspaceGroupId = ensureTopGroup(workspace.slug());
            for (Role role : Role.values()) {
                ensureSubGroup(workspaceGroupId, "/" + workspace.slug(), role.groupName());
            }
            ensureSubGroup(workspaceGroupId, "/" + workspace.slug(), KeycloakClaims.TEAMS_GROUP);
            return null;
        });
    }

    @Override
    public Optional<String> findUser(String email) {
        return call("look a user up", () -> realm().users().searchByEmail(email, true).stream().findFirst()
                .map(UserRepresentation::getId));
    }

    @Override
    public String createVerifiedUser(NewUser newUser, String proof) {
        return call("create a user", () -> {
            Optional<String> existing = findUser(newUser.email());
            if (existing.isPresent()) {
                return createdBy(existing.get(), proof);
            }
            UserRepresentation user = new UserRepresentation();
            user.setUsername(newUser.email());
            user.setEmail(newUser.email());
            // the caller proved control of the mailbox with the secret mailed to it: that is the verification
            user.setEmailVerified(true);
            user.setEnabled(true);
            user.setFirstName(newUser.firstName());
            user.setLastName(newUser.lastName());
            user.setAttributes(Map.of(PROOF_ATTRIBUTE, List.of(Secrets.hash(proof))));
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(newUser.password());
            credential.setTemporary(false);
            user.setCredentials(List.of(credential));
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    return createdBy(findUser(newUser.email()).orElseThrow(), proof);
                }
                if (response.getStatus() >= 300) {
                    throw new IllegalStateException("Keycloak refused the user: " + response.getStatus());
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    /** The existing user, if this proof created it (a retry); anyone else's account is not taken over. */
    private String createdBy(String userId, String proof) {
        Map<String, List<String>> attributes = realm().users().get(userId).toRepresentation().getAttributes();
        List<String> proofs = attributes == null ? List.of() : attributes.getOrDefault(PROOF_ATTRIBUTE, List.of());
        if (proofs.contains(Secrets.hash(proof))) {
            return userId;
        }
        throw new AccountExistsException("An account with this address already exists. Log in with it and send the "
                + "request again with your token.");
    }


    @Override
    public void allowWebOrigin(WorkspaceId workspace, String origin) {
        call("register the web address of " + workspace, () -> {
            // Keycloak has no "add one origin": read, add, write, and read again until it holds (two sign-ups
            // at once may each write a list without the other's origin)
            for (int attempt = 1; ; attempt++) {
                ClientRepresentation web = webClient();
                List<String> origins = new java.util.ArrayList<>(web.getWebOrigins() == null ? List.of() : web.getWebOrigins());
                List<String> redirects = new java.util.ArrayList<>(web.getRedirectUris() == null ? List.of()
                        : web.getRedirectUris());
                if (origins.contains(origin) && redirects.contains(origin + "/*")) {
                    return null;
                }
                if (attempt > 5) {
                    throw new IllegalStateException("the web client did not keep " + origin);
                }
                if (!origins.contains(origin)) {
                    origins.add(origin);
                }
                if (!redirects.contains(origin + "/*")) {
                    redirects.add(origin + "/*");
                }
                web.setWebOrigins(origins);
                web.setRedirectUris(redirects);
                realm().clients().get(web.getId()).update(web);
            }
        });
    }

    private ClientRepresentation webClient() {
        return realm().clients().findByClientId(properties.webClientId()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no client " + properties.webClientId()));
    }

    @Override
    public void ensureMember(WorkspaceId workspace, String userId) {
        call("add a member to " + workspace, () -> {
            String organizationId = findOrganization(workspace).orElseThrow(
                    () -> new IllegalStateException("no organization for " + workspace));
            boolean member = realm().organizations().get(organizationId).members().getAll().stream()
                    .anyMatch(existing -> existing.getId().equals(userId));
            if (!member) {
                try (Response response = realm().organizations().get(organizationId).members().addMember(userId)) {
                    requireSuccess(response, "membership in " + workspace);
                }
            }
            return null;
        });
    }

    @Override
    public void setRoles(WorkspaceId workspace, String userId, Set<Role> roles) {
        call("set the roles of a member of " + workspace, () -> {
            Set<String> wanted = new HashSet<>();
            roles.forEach(role -> wanted.add(rolePath(workspace, role)));
            for (Role role : Role.values()) {
                String path = rolePath(workspace, role);
                String groupId = findGroup(path).orElseThrow(() -> new IllegalStateException("no group " + path));
                if (wanted.contains(path)) {
                    realm().users().get(userId).joinGroup(groupId);
                } else if (memberOf(userId, path)) {
                    realm().users().get(userId).leaveGroup(groupId);
                }
            }
            return null;
        });
    }

    @Override
    public void ensureTeam(WorkspaceId workspace, String teamId) {
        call("create a team of " + workspace, () -> {
            String teamsPath = "/" + workspace.slug() + "/" + KeycloakClaims.TEAMS_GROUP;
            String teamsGroupId = findGroup(teamsPath).orElseThrow(() -> new IllegalStateException("no " + teamsPath));
            ensureSubGroup(teamsGroupId, teamsPath, teamId);
            return null;
        });
    }

    @Override
    public void setTeamMembers(WorkspaceId workspace, String teamId, Set<String> userIds) {
        call("set the members of a team of " + workspace, () -> {
            String path = teamPath(workspace, teamId);
            String groupId = findGroup(path).orElseThrow(() -> new IllegalStateException("no group " + path));
            Set<String> current = new HashSet<>();
            realm().groups().group(groupId).members(0, 10_000).forEach(user -> current.add(user.getId()));
            for (String userId : userIds) {
                if (!current.contains(userId)) {
                    realm().users().get(userId).joinGroup(groupId);
                }
            }
            for (String userId : current) {
                if (!userIds.contains(userId)) {
                    realm().users().get(userId).leaveGroup(groupId);
                }
            }
            return null;
        });
    }

    @Override
    public void removeTeam(WorkspaceId workspace, String teamId) {
        call("remove a team of " + workspace, () -> {
            findGroup(teamPath(workspace, teamId)).ifPresent(groupId -> realm().groups().group(groupId).remove());
            return null;
        });
    }

    @Override
    public void removeMember(WorkspaceId workspace, String userId) {
        call("remove a member of " + workspace, () -> {
            String prefix = "/" + workspace.slug() + "/";
            for (GroupRepresentation group : realm().users().get(userId).groups(0, 1_000, false)) {
                if (group.getPath() != null && group.getPath().startsWith(prefix)) {
                    realm().users().get(userId).leaveGroup(group.getId());
                }
            }
            findOrganization(workspace).ifPresent(organizationId -> {
                try (Response response = realm().organizations().get(organizationId).members().member(userId)
                        .delete()) {
                    if (response.getStatus() >= 300 && response.getStatus() != 404) {
                        throw new IllegalStateException("Keycloak refused to remove the membership: "
                                + response.getStatus());
                    }
                }
            });
            realm().users().get(userId).logout();
            return null;
        });
    }

    @Override
    public String createApiClient(WorkspaceId workspace, String clientId, String name, Set<Role> roles) {
        return call("create an API client for " + workspace, () -> {
            String id = realm().clients().findByClientId(clientId).stream().findFirst()
                    .map(ClientRepresentation::getId)
                    .orElseGet(() -> {
                        try (Response response = realm().clients().create(apiClient(workspace, clientId, name))) {
                            requireSuccess(response, "API client " + clientId);
                            return realm().clients().findByClientId(clientId).get(0).getId();
                        }
                    });
            String serviceAccount = realm().clients().get(id).getServiceAccountUser().getId();
            for (Role role : roles) {
                String path = rolePath(workspace, role);
                realm().users().get(serviceAccount).joinGroup(findGroup(path)
                        .orElseThrow(() -> new IllegalStateException("no group " + path)));
            }
            return realm().clients().get(id).getSecret().getValue();
        });
    }

    @Override
    public void deleteApiClient(String clientId) {
        call("delete an API client", () -> {
            realm().clients().findByClientId(clientId)
                    .forEach(client -> realm().clients().get(client.getId()).remove());
            return null;
        });
    }

    /** Client credentials only; the workspace is a hard-coded claim, which the platform's claims adapter reads. */
    private static ClientRepresentation apiClient(WorkspaceId workspace, String clientId, String name) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        ProtocolMapperRepresentation workspaceClaim = new ProtocolMapperRepresentation();
        workspaceClaim.setName("workspace");
        workspaceClaim.setProtocol("openid-connect");
        workspaceClaim.setProtocolMapper("oidc-hardcoded-claim-mapper");
        workspaceClaim.setConfig(Map.of("claim.name", KeycloakClaims.WORKSPACE, "claim.value", workspace.slug(),
                "jsonType.label", "String", "access.token.claim", "true", "id.token.claim", "false",
                "userinfo.token.claim", "false", "introspection.token.claim", "true"));
        client.setProtocolMappers(List.of(workspaceClaim));
        return client;
    }

    private boolean memberOf(String userId, String path) {
        return realm().users().get(userId).groups(0, 1_000, false).stream()
                .anyMatch(group -> path.equals(group.getPath()));
    }

    private String ensureTopGroup(String name) {
        return findGroup("/" + name).orElseGet(() -> {
            GroupRepresentation group = new GroupRepresentation();
            group.setName(name);
            try (Response response = realm().groups().add(group)) {
                return response.getStatus() == 409 ? findGroup("/" + name).orElseThrow()
                        : CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    private void ensureSubGroup(String parentId, String parentPath, String name) {
        if (findGroup(parentPath + "/" + name).isPresent()) {
            return;
        }
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = realm().groups().group(parentId).subGroup(group)) {
            if (response.getStatus() >= 300 && response.getStatus() != 409) {
                throw new IllegalStateException("Keycloak refused group " + parentPath + "/" + name + ": "
                        + response.getStatus());
            }
        }
    }

    /** By its domain {@code <slug>.<base domain>}, which is unique to it, then checked by alias. */
    private Optional<String> findOrganization(WorkspaceId workspace) {
        return realm().organizations().search(domainOf(workspace), true, 0, 10).stream()
                .filter(organization -> workspace.slug().equals(organization.getAlias()))
                .map(OrganizationRepresentation::getId)
                .findFirst();
    }

    private String domainOf(WorkspaceId workspace) {
        return workspace.slug() + "." + properties.baseDomain();
    }

    private Optional<String> findGroup(String path) {
        try {
            return Optional.of(realm().getGroupByPath(path).getId());
        } catch (NotFoundException missing) {
            return Optional.empty();
        }
    }

    private static void requireSuccess(Response response, String what) {
        if (response.getStatus() >= 300 && response.getStatus() != 409) {
            throw new IllegalStateException("Keycloak refused " + what + ": " + response.getStatus());
        }
    }

    private static String rolePath(WorkspaceId workspace, Role role) {
        return "/" + workspace.slug() + "/" + role.groupName();
    }

    private static String teamPath(WorkspaceId workspace, String teamId) {
        return "/" + workspace.slug() + "/" + KeycloakClaims.TEAMS_GROUP + "/" + teamId;
    }

    private static <T> T call(String what, Supplier<T> step) {
        try {
            return step.get();
        } catch (ProcessingException | WebApplicationException | IllegalStateException failure) {
            throw new DirectoryUnavailableException("The identity provider could not " + what
                    + " right now. Retry the same request: what was done is kept and the rest is completed.", failure);
        }
    }

    private RealmResource realm() {
        return keycloak.realm(properties.realm());
    }
}
