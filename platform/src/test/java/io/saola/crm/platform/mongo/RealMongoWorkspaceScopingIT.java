package io.saola.crm.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.index.Index;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.saola.crm.platform.tenancy.MissingWorkspaceException;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The workspace scoping against a real MongoDB (where Docker is available; skipped cleanly otherwise): the same
 * isolation as on the embedded store, and the scoped query is served by the index that starts with tenantId.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoWorkspaceScopingIT {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    private static MongoClient client;
    private static MongoTemplate mongo;

    record Note(@Id String id, String text, int priority) {
    }

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getConnectionString());
        mongo = new MongoTemplate(new WorkspaceScopedDatabaseFactory(
                new SimpleMongoClientDatabaseFactory(client, "scoping"), collection -> false));
        mongo.indexOps(Note.class).createIndex(new Index("tenantId", Sort.Direction.ASC).on("text", Sort.Direction.ASC));
        for (int i = 0; i < 200; i++) {
            int n = i;
            WorkspaceContext.runAs(WorkspaceId.of(n % 2 == 0 ? "acme" : "globex"),
                    () -> mongo.save(new Note("n" + n, "text-" + (n % 20), n)));
        }
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void keepsWorkspacesApartOnRealMongo() {
        assertThat(WorkspaceContext.callAs(WorkspaceId.of("acme"), () -> mongo.count(query(where("text").is("text-2")), Note.class)))
                .isEqualTo(10);
        assertThat(WorkspaceContext.callAs(WorkspaceId.of("globex"), () -> mongo.findById("n2", Note.class))).isNull();
        assertThatThrownBy(() -> mongo.findAll(Note.class)).isInstanceOf(MissingWorkspaceException.class);
    }

    @Test
    void theScopedQueryIsServedByTheWorkspaceIndex() {
        Document plan = WorkspaceContext.callAs(WorkspaceId.of("acme"),
                () -> mongo.getCollection("note").find(new Document("text", "text-4")).explain());

        String winningPlan = ((Document) plan.get("queryPlanner")).get("winningPlan", Document.class).toJson();
        assertThat(winningPlan).contains("IXSCAN").contains("tenantId_1_text_1");
    }
}
