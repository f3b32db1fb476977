package io.saola.crm.sales.storage;

import static io.saola.crm.sales.support.SalesRecords.opportunity;
import static io.saola.crm.sales.support.SalesRecords.personLead;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.sales.support.SalesApiTest;

/**
 * The catalogue of query shapes against the indexes the service really creates: each shape names an existing
 * index, every index but {@code _id_} starts with {@code tenantId} (except in the collections shared across
 * workspaces, which hold no workspace data), and no declared index goes unused.
 */
class QueryShapesTest extends SalesApiTest {

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    private MongoTemplate mongo;

    @Test
    void everyQueryShapeHasADeclaredIndexThatLeadsWithTheWorkspace() {
        Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);
        productOnSale(workspace, "p-1", "Gói Mẫu", "1000");
        post(manager, "/api/leads", personLead("Khách Mẫu"));
        post(manager, "/api/opportunities", opportunity("Cơ hội Mẫu", "acc-1"));
        post(manager, "/api/competitors", Map.of("name", "Đối thủ Mẫu"));
        post(manager, "/api/partners", Map.of("name", "Đối tác Mẫu"));
        Map<String, Map<String, Document>> indexes = new HashMap<>();
        for (QueryShapes.Shape shape : QueryShapes.ALL) {
            indexes.computeIfAbsent(shape.collection(), this::indexesOf);
        }

        List<String> missing = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (QueryShapes.Shape shape : QueryShapes.ALL) {
            if (!indexes.get(shape.collection()).containsKey(shape.index())) {
                missing.add(shape.name() + " -> " + shape.collection() + "." + shape.index());
            }
            used.add(shape.collection() + "." + shape.index());
        }
        assertThat(missing).isEmpty();
        indexes.forEach((collection, byName) -> byName.forEach((name, keys) -> {
            if (!name.equals("_id_") && !name.startsWith("pending_outbox")) {
                if (!QueryShapes.SHARED.contains(collection)) {
                    assertThat(keys.keySet().iterator().next()).as(collection + "." + name).isEqualTo("tenantId");
                }
                assertThat(used).as("no query uses " + collection + "." + name).contains(collection + "." + name);
            }
        }));
    }

    private Map<String, Document> indexesOf(String collection) {
        Map<String, Document> byName = new HashMap<>();
        WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> mongo.getCollection(collection).listIndexes()
                .forEach(index -> byName.put(index.getString("name"), index.get("key", Document.class))));
        return byName;
    }
}
