package io.saola.crm.identity.keycloak;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Idempotent provisioning in Keycloak: every "ensure" call can be repeated after a crash or a retry and
 * leaves the same result, which is what lets workspace set-up be repaired by simply running it again.
 */
public class KeycloakDirectory {

    private final Keycloak keycloak;
    private final KeycloakAdminProperties properties;

    public KeycloakDirectory(Keycloak keycloak, KeycloakAdminProperties properties) {
        this.keycloak = keycloak;
        this.properties = properties;
    }

    /** The Keycloak organization of a workspace (alias = slug), created when missing; returns its id. */
    public String ensureOrganization(WorkspaceId workspace, String name) {
        return findOrganization(workspace).orElseGet(() -> {
            OrganizationRepresentation organization = new OrganizationRepresentation();
            organization.setAlias(workspace.slug());
            organization.setName(name);
            organization.setEnabled(true);
            OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
            domain.setName(workspace.slug() + "." + properties.baseDomain());
            organization.addDomain(domain);
            try (Response response = realm().organizations().create(organization)) {
                if (response.getStatus() == 409) {
                    return findOrganization(workspace).orElseThrow();
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    /** The workspace's group and one sub-group per role, created when missing. */
    public void ensureRoleGroups(WorkspaceId workspace) {
        String workspaceGroupId = findGroup("/" + workspace.slug()).orElseGet(() -> {
            GroupRepresentation group = new GroupRepresentation();
            group.setName(workspace.slug());
            try (Response response = realm().groups().add(group)) {
                return response.getStatus() == 409 ? findGroup("/" + workspace.slug()).orElseThrow()
                        : CreatedResponseUtil.getCreatedId(response);
            }
        });
        for (Role role : Role.values()) {
            String path = rolePath(workspace, role);
            if (findGroup(path).isEmpty()) {
                GroupRepresentation group = new GroupRepresentation();
                group.setName(role.groupName());
                try (Response response = realm().groups().group(workspaceGroupId).subGroup(group)) {
                    if (response.getStatus() >= 300 && response.getStatus() != 409) {
                        throw new IllegalStateException("Keycloak refused group " + path + ": " + response.getStatus());
                    }
                }
            }
        }
    }

    /** A user with this email, created with the given password when missing; returns the user id. */
    public String ensureUser(String email, String password, String firstName, String lastName) {
        return findUser(email).orElseGet(() -> {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(email);
            user.setEmail(email);
            user.setEmailVerified(true);
            user.setEnabled(true);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(false);
            user.setCredentials(List.of(credential));
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    return findUser(email).orElseThrow();
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    /** Makes the user a member of the workspace's organization holding {@code role} there. */
    public void ensureMember(WorkspaceId workspace, String organizationId, String userId, Role role) {
        boolean member = realm().organizations().get(organizationId).members().getAll().stream()
                .anyMatch(existing -> existing.getId().equals(userId));
        if (!member) {
            try (Response response = realm().organizations().get(organizationId).members().addMember(userId)) {
                if (response.getStatus() >= 300 && response.getStatus() != 409) {
                    throw new IllegalStateException("Keycloak refused membership: " + response.getStatus());
                }
            }
        }
        String groupId = findGroup(rolePath(workspace, role)).orElseThrow();
        realm().users().get(userId).joinGroup(groupId);
    }

    private Optional<String> findOrganization(WorkspaceId workspace) {
        return realm().organizations().search(workspace.slug(), false, 0, 50).stream()
                .filter(organization -> workspace.slug().equals(organization.getAlias()))
                .map(OrganizationRepresentation::getId)
                .findFirst();
    }

    private Optional<String> findGroup(String path) {
        try {
            return Optional.of(realm().getGroupByPath(path).getId());
        } catch (NotFoundException missing) {
            return Optional.empty();
        }
    }

    private Optional<String> findUser(String email) {
        return realm().users().searchByEmail(email, true).stream().findFirst().map(UserRepresentation::getId);
    }

    private static String rolePath(WorkspaceId workspace, Role role) {
        return "/" + workspace.slug() + "/" + role.groupName();
    }

    private RealmResource realm() {
        return keycloak.realm(properties.realm());
    }
}
