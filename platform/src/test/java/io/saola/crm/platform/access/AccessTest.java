package io.saola.crm.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import io.saola.crm.platform.directory.Assignments;
import io.saola.crm.platform.directory.MemberDirectory;
import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.ForbiddenOperationException;
import io.saola.crm.platform.web.InvalidFieldsException;
import io.saola.crm.platform.web.ProblemError;
import io.saola.crm.platform.web.RecordNotFoundException;

class AccessTest {

    private static final WorkspaceId ACME = WorkspaceId.of("acme");
    private final Access access = new Access(PermissionMatrix.standard());

    private static WorkspaceMember member(String id, Set<String> teams, Role... roles) {
        return new WorkspaceMember(id, ACME, Set.of(roles), id + "@acme.vn", id, null, teams);
    }

    private static OwnedRecord ownedBy(String owner, String team) {
        return new OwnedRecord() {
            @Override
            public String ownerId() {
                return owner;
            }

            @Override
            public String teamId() {
                return team;
            }
        };
    }

    private final WorkspaceMember rep = member("lan", Set.of("north"), Role.SALES_REP);
    private final WorkspaceMember otherRep = member("minh", Set.of("south"), Role.SALES_REP);
    private final WorkspaceMember manager = member("hoa", Set.of("north"), Role.SALES_MANAGER);
    private final WorkspaceMember agent = member("tuan", Set.of(), Role.SUPPORT_AGENT);

    @Test
    void aRepListsTheirOwnRecordsByDefaultAndMayNotAskForEveryones() {
        assertThat(access.listScope(rep, RecordType.LEAD, null)).isEqualTo(AccessScope.MINE);
        assertThat(access.listScope(rep, RecordType.LEAD, " mine ")).isEqualTo(AccessScope.MINE);
        assertThatThrownBy(() -> access.listScope(rep, RecordType.LEAD, "all"))
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("scope=all");
        assertThatThrownBy(() -> access.listScope(rep, RecordType.LEAD, "team"))
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void aManagerSeesEveryoneByDefaultAndMayNarrowToTheirOwn() {
        assertThat(access.listScope(manager, RecordType.OPPORTUNITY, "")).isEqualTo(AccessScope.ALL);
        assertThat(access.listScope(manager, RecordType.OPPORTUNITY, "team")).isEqualTo(AccessScope.TEAM);
        assertThat(access.listScope(manager, RecordType.OPPORTUNITY, "MINE")).isEqualTo(AccessScope.MINE);
    }

    @Test
    void anUnknownScopeIsABadListQuery() {
        assertThatThrownBy(() -> access.listScope(manager, RecordType.ACCOUNT, "everything"))
                .isInstanceOf(InvalidListQueryException.class);
    }

    @Test
    void scopeCriteriaLimitQueriesToOwnerOrTeam() {
        assertThat(access.criteria(rep, AccessScope.MINE).getCriteriaObject())
                .isEqualTo(new Document("ownerId", "lan"));
        assertThat(access.criteria(manager, AccessScope.ALL).getCriteriaObject()).isEmpty();
        Document team = access.criteria(manager, AccessScope.TEAM).getCriteriaObject();
        assertThat(team.toJson()).contains("\"$or\"", "\"ownerId\": \"hoa\"", "\"teamId\": {\"$in\": [\"north\"]}");
        // a member in no team reaches only their own records with scope=team
        assertThat(access.criteria(agent, AccessScope.TEAM).getCriteriaObject())
                .isEqualTo(new Document("ownerId", "tuan"));
    }

    @Test
    void anotherRepsRecordIsNotFoundRatherThanForbidden() {
        OwnedRecord minhs = ownedBy("minh", "south");

        assertThatThrownBy(() -> access.requireOn(rep, RecordType.LEAD, Action.READ, minhs, "L-1"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> access.requireOn(rep, RecordType.LEAD, Action.UPDATE, minhs, "L-1"))
                .isInstanceOf(RecordNotFoundException.class);
        access.requireOn(otherRep, RecordType.LEAD, Action.UPDATE, minhs, "L-1");
    }

    @Test
    void deletingIsItsOwnPermission() {
        OwnedRecord lans = ownedBy("lan", "north");

        access.requireOn(rep, RecordType.ACCOUNT, Action.UPDATE, lans, "A-1");
        assertThatThrownBy(() -> access.requireOn(rep, RecordType.ACCOUNT, Action.DELETE, lans, "A-1"))
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("delete accounts");
        access.requireOn(manager, RecordType.ACCOUNT, Action.DELETE, lans, "A-1");
    }

    @Test
    void readableButNotChangeableIsForbidden() {
        OwnedRecord account = ownedBy("lan", "north");

        access.requireOn(agent, RecordType.ACCOUNT, Action.READ, account, "A-1");
        assertThatThrownBy(() -> access.requireOn(agent, RecordType.ACCOUNT, Action.UPDATE, account, "A-1"))
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void repsCreateForThemselvesManagersForAnyone() {
        access.requireAssignable(rep, RecordType.LEAD, Action.CREATE, "lan", "north");
        assertThatThrownBy(() -> access.requireAssignable(rep, RecordType.LEAD, Action.CREATE, "minh", "south"))
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("yourself");
        access.requireAssignable(manager, RecordType.LEAD, Action.UPDATE, "minh", "south");
    }

    @Test
    void onlyTheAdminAdministersTheWorkspace() {
        WorkspaceMember admin = member("an", Set.of(), Role.WORKSPACE_ADMIN);
        for (RecordType type : new RecordType[] {RecordType.MEMBER, RecordType.API_CLIENT, RecordType.PRODUCT}) {
            assertThat(access.require(admin, type, Action.CREATE)).isEqualTo(AccessScope.ALL);
            assertThatThrownBy(() -> access.require(manager, type, Action.CREATE))
                    .isInstanceOf(ForbiddenOperationException.class);
        }
    }

    @Test
    void severalRolesGetTheWidestGrant() {
        WorkspaceMember both = member("binh", Set.of(), Role.SALES_REP, Role.MARKETER);

        assertThat(access.require(both, RecordType.LEAD, Action.READ)).isEqualTo(AccessScope.ALL);
        assertThat(access.require(both, RecordType.ACCOUNT, Action.UPDATE)).isEqualTo(AccessScope.MINE);
    }

    @Test
    void aMemberWithoutRolesMayDoNothing() {
        WorkspaceMember nobody = member("khach", Set.of());
        for (RecordType type : RecordType.values()) {
            for (Action action : Action.values()) {
                assertThat(access.granted(nobody, type, action)).as("%s %s", action, type).isEmpty();
            }
        }
    }

    @Test
    void everyRoleMayAtLeastReadTheWorkspaceAndItsMembers() {
        for (Role role : Role.values()) {
            WorkspaceMember m = member("x", Set.of(), role);
            assertThat(Map.of(RecordType.WORKSPACE, access.granted(m, RecordType.WORKSPACE, Action.READ),
                    RecordType.MEMBER, access.granted(m, RecordType.MEMBER, Action.READ)))
                    .as(role.name()).allSatisfy((type, scope) -> assertThat(scope).contains(AccessScope.ALL));
        }
    }

    /** The directory of a workspace whose members are lan, minh and hoa, in teams north and south. */
    private static Assignments directoryOfAcme() {
        return new Assignments(new MemberDirectory(null) {
            @Override
            public boolean isActiveMember(String userId) {
                return Set.of("lan", "minh", "hoa").contains(userId);
            }

            @Override
            public boolean isTeam(String teamId) {
                return Set.of("north", "south").contains(teamId);
            }
        });
    }

    @Test
    void anOwnerOrTeamThatIsNotTheWorkspacesIsA422NamingTheField() {
        Access checked = new Access(PermissionMatrix.standard(), directoryOfAcme());
        WorkspaceMember admin = member("hoa", Set.of(), Role.WORKSPACE_ADMIN);

        checked.requireAssignable(admin, RecordType.ACCOUNT, Action.CREATE, "minh", "south");
        assertThatThrownBy(() -> checked.requireAssignable(admin, RecordType.ACCOUNT, Action.CREATE, "binh", "south"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(fields(invalid))
                        .containsExactly("ownerId"));
        assertThatThrownBy(() -> checked.requireAssignable(admin, RecordType.ACCOUNT, Action.UPDATE, "minh", "east"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(fields(invalid))
                        .containsExactly("teamId"));
        assertThatThrownBy(() -> checked.requireAssignable(admin, RecordType.LEAD, Action.CREATE, "binh", "east"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(fields(invalid))
                        .containsExactly("ownerId", "teamId"));
    }

    @Test
    void theCallersOwnIdAndTeamsNeedNoLookUp() {
        Access checked = new Access(PermissionMatrix.standard(), directoryOfAcme());
        WorkspaceMember newcomer = member("tam", Set.of("team-new"), Role.SALES_REP);

        checked.requireAssignable(newcomer, RecordType.LEAD, Action.CREATE, "tam", "team-new");
    }

    @Test
    void whatARecordAlreadyHadIsNotCheckedAgain() {
        Access checked = new Access(PermissionMatrix.standard(), directoryOfAcme());
        WorkspaceMember admin = member("hoa", Set.of(), Role.WORKSPACE_ADMIN);
        OwnedRecord ofADeactivatedMember = ownedBy("former", "old-team");

        checked.requireAssignable(admin, RecordType.ACCOUNT, Action.UPDATE, ofADeactivatedMember, "former", "north");
        assertThatThrownBy(() -> checked.requireAssignable(admin, RecordType.ACCOUNT, Action.UPDATE,
                ofADeactivatedMember, "other-former", "old-team"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(fields(invalid))
                        .containsExactly("ownerId"));
    }

    @Test
    void permissionIsCheckedBeforeTheDirectory() {
        Access checked = new Access(PermissionMatrix.standard(), directoryOfAcme());

        assertThatThrownBy(() -> checked.requireAssignable(rep, RecordType.LEAD, Action.CREATE, "binh", null))
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(InvalidFieldsException invalid) {
        return ((List<ProblemError>) invalid.properties().get("errors")).stream().map(ProblemError::field).toList();
    }
}
