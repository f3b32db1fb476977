package io.saola.crm.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.saola.crm.platform.tenancy.WorkspaceId;

class KeycloakClaimsTest {

    private static final WorkspaceId ACME = WorkspaceId.of("acme");
    private static final WorkspaceId GLOBEX = WorkspaceId.of("globex");

    @Test
    void rolesAndTeamsCountOnlyInTheWorkspaceTheyAreUnder() {
        TokenIdentity identity = KeycloakClaims.identity(Map.of(
                "sub", "u-1",
                "organization", List.of("acme", "globex"),
                "groups", List.of("/acme/sales-rep", "/acme/teams/north", "/globex/sales-manager",
                        "/globex/teams/south", "/initech/workspace-admin", "/initech/teams/west")));

        WorkspaceMember inAcme = identity.in(ACME).orElseThrow();
        assertThat(inAcme.roles()).containsExactly(Role.SALES_REP);
        assertThat(inAcme.teams()).containsExactly("north");
        WorkspaceMember inGlobex = identity.in(GLOBEX).orElseThrow();
        assertThat(inGlobex.roles()).containsExactly(Role.SALES_MANAGER);
        assertThat(inGlobex.teams()).containsExactly("south");
        // groups of a workspace the token does not belong to grant nothing
        assertThat(identity.in(WorkspaceId.of("initech"))).isEmpty();
    }

    @Test
    void malformedGroupsGrantNothing() {
        TokenIdentity identity = KeycloakClaims.identity(Map.of(
                "sub", "u-1",
                "organization", List.of("acme"),
                "groups", List.of("acme/sales-rep", "/acme/teams", "/acme/teams/North!", "/acme/teams/x/y",
                        "/acme/janitor", "/acme/", "/ACME/sales-rep", 42)));

        WorkspaceMember member = identity.in(ACME).orElseThrow();
        assertThat(member.roles()).isEmpty();
        assertThat(member.teams()).isEmpty();
    }

    @Test
    void onlyAnAddressKeycloakVerifiedOfAPersonCountsAsVerified() {
        assertThat(KeycloakClaims.identity(Map.of("sub", "u-3", "email", "Lan@PhoViet.vn", "email_verified", true))
                .verifiedEmail()).hasValue("lan@phoviet.vn");
        assertThat(KeycloakClaims.identity(Map.of("sub", "u-3", "email", "lan@phoviet.vn", "email_verified", false))
                .verifiedEmail()).isEmpty();
        assertThat(KeycloakClaims.identity(Map.of("sub", "u-3", "email", "lan@phoviet.vn", "email_verified", "true"))
                .verifiedEmail()).as("a claim of the wrong type grants nothing").isEmpty();
        assertThat(KeycloakClaims.identity(Map.of("sub", "u-3", "email", "lan@phoviet.vn")).verifiedEmail()).isEmpty();
        assertThat(KeycloakClaims.identity(Map.of("sub", "svc", "email", "erp@phoviet.vn", "email_verified", true,
                "client_id", "api-pho-viet-1")).verifiedEmail()).as("a partner client is not a person").isEmpty();
    }

    @Test
    void organizationsMayComeKeyedByAlias() {
        TokenIdentity identity = KeycloakClaims.identity(Map.of("sub", "u-2",
                "organization", Map.of("acme", Map.of("id", "5f1e")), "groups", List.of("/acme/marketer")));

        assertThat(identity.workspaces()).isEqualTo(Set.of(ACME));
        assertThat(identity.in(ACME).orElseThrow().roles()).containsExactly(Role.MARKETER);
    }
}
