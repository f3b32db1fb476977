package io.saola.crm.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.saola.crm.platform.events.ReceivedEvent;
import io.saola.crm.platform.events.UnreadableEventException;
import io.saola.crm.platform.mongo.WorkspaceScopedDatabaseFactory;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.InvalidFieldsException;
import io.saola.crm.platform.web.ProblemError;

/**
 * The directory as identity's events build it, fed the JSON identity-service publishes: repeated and reordered
 * events change nothing, and each workspace sees only its own members and teams.
 */
class MemberDirectoryTest {

    private static final WorkspaceId ACME = WorkspaceId.of("acme");
    private static final WorkspaceId GLOBEX = WorkspaceId.of("globex");

    private static MongoServer server;
    private static MongoClient client;
    private MemberDirectory directory;
    private IdentityDirectoryEvents events;
    private Assignments assignments;

    @BeforeAll
    static void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void emptyDirectory() {
        SimpleMongoClientDatabaseFactory store = new SimpleMongoClientDatabaseFactory(client,
                "directory-" + System.nanoTime());
        directory = new MemberDirectory(new MongoTemplate(new WorkspaceScopedDatabaseFactory(store, name -> false)));
        events = new IdentityDirectoryEvents(directory);
        assignments = new Assignments(directory);
    }

    @Test
    void aJoinedMemberIsActiveAndADeactivatedOneIsNot() {
        receive(joined(ACME, "lan", 0));
        receive(joined(ACME, "minh", 0));
        receive(deactivated(ACME, "minh", 1));

        assertThat(in(ACME, () -> directory.isActiveMember("lan"))).isTrue();
        assertThat(in(ACME, () -> directory.isActiveMember("minh"))).isFalse();
        assertThat(in(ACME, () -> directory.isActiveMember("nobody"))).isFalse();
    }

    @Test
    void aRepeatedEventChangesNothing() {
        ReceivedEvent deactivation = deactivated(ACME, "minh", 1);
        receive(joined(ACME, "minh", 0));
        receive(deactivation);
        receive(reactivated(ACME, "minh", 2));

        receive(deactivation);

        assertThat(in(ACME, () -> directory.isActiveMember("minh"))).isTrue();
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerOne() {
        receive(deactivated(ACME, "minh", 2));
        receive(joined(ACME, "minh", 0));
        receive(event(ACME, "MemberRoleChanged.v1", "minh", 1, ""));

        assertThat(in(ACME, () -> directory.isActiveMember("minh"))).isFalse();
    }

    @Test
    void aMemberOfOneWorkspaceIsNoMemberOfAnother() {
        receive(joined(GLOBEX, "binh", 0));
        receive(joined(ACME, "lan", 0));
        receive(deactivated(GLOBEX, "lan", 5));

        assertThat(in(ACME, () -> directory.isActiveMember("binh"))).isFalse();
        assertThat(in(GLOBEX, () -> directory.isActiveMember("binh"))).isTrue();
        assertThat(in(ACME, () -> directory.isActiveMember("lan"))).isTrue();
    }

    @Test
    void teamsFollowTheirLatestShapeAndARemovedTeamIsNoTeam() {
        receive(team(ACME, "team-north", 0, false));
        receive(team(ACME, "team-south", 1, true));
        receive(team(ACME, "team-south", 0, false));
        receive(team(GLOBEX, "team-east", 0, false));

        assertThat(in(ACME, () -> directory.isTeam("team-north"))).isTrue();
        assertThat(in(ACME, () -> directory.isTeam("team-south"))).isFalse();
        assertThat(in(ACME, () -> directory.isTeam("team-east"))).isFalse();
        assertThat(in(GLOBEX, () -> directory.isTeam("team-east"))).isTrue();
    }

    @Test
    void otherIdentityEventsAreIgnored() {
        receive(event(ACME, "WorkspaceCreated.v1", "acme", 0, ",\"name\":\"Acme\""));
        receive(event(ACME, "SomethingNew.v3", "lan", 0, ""));

        assertThat(in(ACME, () -> directory.isActiveMember("acme"))).isFalse();
        assertThat(in(ACME, () -> directory.isActiveMember("lan"))).isFalse();
    }

    @Test
    void anEventThatNamesNoMemberIsRefused() {
        assertThatThrownBy(() -> receive(event(ACME, "MemberJoined.v1", "", 0, "")))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void assignmentsNameEveryFieldThatIsNotTheWorkspaces() {
        receive(joined(ACME, "lan", 0));
        receive(team(ACME, "team-north", 0, false));
        receive(joined(GLOBEX, "binh", 0));
        receive(team(GLOBEX, "team-east", 0, false));

        in(ACME, () -> {
            assignments.require("ownerId", "lan", "teamId", "team-north");
            assignments.require("ownerId", null, "teamId", null);
            return null;
        });
        assertThatThrownBy(() -> in(ACME, () -> {
            assignments.require("ownerId", "binh", "teamId", "team-east");
            return null;
        })).isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(errors(invalid))
                .extracting(ProblemError::field).containsExactly("ownerId", "teamId"));
        assertThatThrownBy(() -> in(ACME, () -> {
            assignments.requireOwner("assigneeId", "made-up");
            return null;
        })).isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(errors(invalid))
                .extracting(ProblemError::field).containsExactly("assigneeId"));
    }

    @SuppressWarnings("unchecked")
    private static List<ProblemError> errors(InvalidFieldsException invalid) {
        return (List<ProblemError>) invalid.properties().get("errors");
    }

    private void receive(ReceivedEvent event) {
        // as the platform runs a consumed record: inside the workspace of its header
        WorkspaceContext.runAs(event.workspace(), () -> events.apply(event));
    }

    private static <T> T in(WorkspaceId workspace, Supplier<T> work) {
        return WorkspaceContext.callAs(workspace, work);
    }

    private static ReceivedEvent joined(WorkspaceId workspace, String userId, long version) {
        return event(workspace, "MemberJoined.v1", userId, version,
                ",\"email\":\"" + userId + "@example.com\",\"name\":\"" + userId + "\",\"roles\":[\"sales-rep\"]");
    }

    private static ReceivedEvent deactivated(WorkspaceId workspace, String userId, long version) {
        return event(workspace, "MemberDeactivated.v1", userId, version, ",\"deactivatedBy\":\"admin\"");
    }

    private static ReceivedEvent reactivated(WorkspaceId workspace, String userId, long version) {
        return event(workspace, "MemberReactivated.v1", userId, version, ",\"roles\":[\"sales-rep\"]");
    }

    private static ReceivedEvent team(WorkspaceId workspace, String teamId, long version, boolean removed) {
        return new ReceivedEvent(UUID.randomUUID().toString(), "TeamChanged.v1", "identity-service", Instant.now(),
                null, workspace, IdentityDirectoryEvents.TEAM_TOPIC, teamId, payload(workspace, teamId, version,
                        ",\"name\":\"North\",\"managerId\":\"hoa\",\"memberIds\":[\"hoa\",\"lan\"],\"removed\":"
                                + removed));
    }

    private static ReceivedEvent event(WorkspaceId workspace, String type, String aggregateId, long version,
                                       String moreFields) {
        return new ReceivedEvent(UUID.randomUUID().toString(), type, "identity-service", Instant.now(), null,
                workspace, IdentityDirectoryEvents.MEMBER_TOPIC, aggregateId,
                payload(workspace, aggregateId, version, moreFields));
    }

    /** The JSON identity-service's outbox writes for its member and team events. */
    private static String payload(WorkspaceId workspace, String aggregateId, long version, String moreFields) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"workspace\":\"" + workspace.slug()
                + "\",\"aggregateId\":\"" + aggregateId + "\",\"aggregateVersion\":" + version
                + ",\"occurredAt\":\"" + Instant.now() + "\"" + moreFields + "}";
    }
}
