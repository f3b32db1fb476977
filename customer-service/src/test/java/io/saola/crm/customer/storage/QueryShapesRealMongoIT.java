package io.saola.crm.customer.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import com.mongodb.client.FindIterable;

import io.saola.crm.customer.conversion.application.ConvertingLeads;
import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * On a real MongoDB (where Docker is available; skipped cleanly otherwise): {@code explain()} of every query
 * shape, scoped to a workspace as the platform scopes it, shows an index scan on the index the catalogue names.
 */
@Testcontainers(disabledWithoutDocker = true)
class QueryShapesRealMongoIT extends CustomerApiTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private ConvertingLeads converting;

    @DynamicPropertySource
    static void realMongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getConnectionString() + "/customer-shapes");
    }

    @Test
    void everyShapeIsAnIndexScanOnItsIndex() {
        QueryShapesTest.touchEveryCollection(this, converting, workspace);
        for (QueryShapes.Shape shape : QueryShapes.ALL) {
            Document plan = WorkspaceContext.callAs(WorkspaceId.of(workspace), () -> {
                FindIterable<Document> find = mongo.getCollection(shape.collection()).find(shape.filter());
                return (shape.sort() == null ? find : find.sort(shape.sort())).explain();
            });
            String winning = plan.get("queryPlanner", Document.class).get("winningPlan", Document.class).toJson();
            assertThat(winning).as(shape.name()).containsAnyOf("IXSCAN", "IDHACK", "EXPRESS");
            assertThat(winning).as(shape.name()).doesNotContain("COLLSCAN");
            if (!shape.index().equals("_id_")) {
                assertThat(winning).as(shape.name()).contains("\"" + shape.index() + "\"");
            }
        }
    }
}
