package io.saola.crm.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
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
import io.saola.crm.platform.mongo.WorkspaceScopedDatabaseFactory;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

class InboxTest {

    private static final WorkspaceId ACME = WorkspaceId.of("acme");
    private static final WorkspaceId GLOBEX = WorkspaceId.of("globex");

    private static MongoServer server;
    private static MongoClient client;
    private MongoTemplate mongo;
    private Inbox inbox;
    private final List<String> handled = new ArrayList<>();

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
    void freshInbox() {
        SimpleMongoClientDatabaseFactory store = new SimpleMongoClientDatabaseFactory(client, "inbox-" + System.nanoTime());
        mongo = new MongoTemplate(new WorkspaceScopedDatabaseFactory(store, name -> false));
        inbox = new Inbox(mongo, "processed_events");
    }

    @Test
    void skipsAnEventTheConsumerAlreadyProcessed() {
        ReceivedEvent event = received(ACME, "event-1");

        boolean first = inbox.processOnce("accounts-for-leads", event, () -> handled.add("first"));
        boolean again = inbox.processOnce("accounts-for-leads", event, () -> handled.add("again"));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(handled).containsExactly("first");
    }

    @Test
    void theSameEventIdInAnotherWorkspaceIsProcessedSeparately() {
        inbox.processOnce("accounts-for-leads", received(ACME, "event-1"),
                () -> handled.add(WorkspaceContext.require("test").slug()));
        inbox.processOnce("accounts-for-leads", received(GLOBEX, "event-1"),
                () -> handled.add(WorkspaceContext.require("test").slug()));

        assertThat(handled).containsExactly("acme", "globex");
    }

    @Test
    void eachConsumerProcessesAnEventOnce() {
        ReceivedEvent event = received(ACME, "event-1");

        inbox.processOnce("accounts-for-leads", event, () -> handled.add("accounts"));
        inbox.processOnce("lead-report", event, () -> handled.add("report"));

        assertThat(handled).containsExactly("accounts", "report");
    }

    @Test
    void aFailedHandlingIsNotRecordedSoTheRedeliveryRunsAgain() {
        ReceivedEvent event = received(ACME, "event-1");

        assertThatThrownBy(() -> inbox.processOnce("accounts-for-leads", event, () -> {
            throw new IllegalStateException("store unavailable");
        })).isInstanceOf(IllegalStateException.class);
        boolean retried = inbox.processOnce("accounts-for-leads", event, () -> handled.add("retried"));

        assertThat(retried).isTrue();
        assertThat(handled).containsExactly("retried");
    }

    @Test
    void keysProcessedEventsByWorkspaceConsumerAndEventIdWithAUniqueIndex() {
        inbox.processOnce("accounts-for-leads", received(ACME, "event-1"), () -> { });

        Document index = WorkspaceContext.callAs(ACME, () -> mongo.getCollection("processed_events").listIndexes()
                .into(new ArrayList<>()).stream().filter(i -> "tenant_consumer_event".equals(i.get("name")))
                .findFirst().orElseThrow());
        Document stored = WorkspaceContext.callAs(ACME, () -> mongo.getCollection("processed_events").find().first());

        assertThat(index.get("key", Document.class).keySet()).containsExactly("tenantId", "consumer", "eventId");
        assertThat(index.getBoolean("unique")).isTrue();
        assertThat(stored).containsEntry("tenantId", "acme").containsEntry("consumer", "accounts-for-leads")
                .containsEntry("eventId", "event-1");
    }

    @Test
    void refusesAnEventOfAnotherWorkspaceThanTheOneWorkedFor() {
        assertThatThrownBy(() -> WorkspaceContext.runAs(ACME,
                () -> inbox.processOnce("accounts-for-leads", received(GLOBEX, "event-1"), () -> { })))
                .isInstanceOf(IllegalStateException.class);
    }

    private static ReceivedEvent received(WorkspaceId workspace, String id) {
        return new ReceivedEvent(id, "LeadQualified.v1", "sales-service", Instant.now(), "lead-1", workspace,
                "crm.sales.lead.v1", "lead-1", "{}");
    }
}
