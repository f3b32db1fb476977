package io.saola.crm.customer.storage;

import static io.saola.crm.customer.support.Customers.organisation;
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

import io.saola.crm.customer.activity.ActivityApiTest;
import io.saola.crm.customer.conversion.application.ConvertingLeads;
import io.saola.crm.customer.support.CustomerApiTest;
import io.saola.crm.customer.support.Customers;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The catalogue of query shapes against the indexes the service really creates: each shape names an existing
 * index, every index but {@code _id_} starts with {@code tenantId}, and no declared index goes unused.
 * {@link QueryShapesRealMongoIT} checks with {@code explain()} that MongoDB picks them.
 */
class QueryShapesTest extends CustomerApiTest {

    /** The platform's partial index for its outbox sweep (present when the relay runs). */
    private static final String OUTBOX_SWEEP_INDEX = "pending_outbox";

    private final String workspace = "ws-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private ConvertingLeads converting;

    @Test
    void everyQueryShapeHasADeclaredIndexThatLeadsWithTheWorkspace() {
        touchEveryCollection(this, converting, workspace);
        Map<String, Map<String, Document>> indexes = new HashMap<>();
        for (String collection : collections()) {
            Map<String, Document> byName = new HashMap<>();
            WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> mongo.getCollection(collection).listIndexes()
                    .forEach(index -> byName.put(index.getString("name"), index.get("key", Document.class))));
            indexes.put(collection, byName);
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
            if (!name.equals("_id_") && !name.equals(OUTBOX_SWEEP_INDEX)) {
                assertThat(keys.keySet().iterator().next()).as(collection + "." + name).isEqualTo("tenantId");
                assertThat(used).as("no query uses " + collection + "." + name).contains(collection + "." + name);
            }
        }));
    }

    static Set<String> collections() {
        Set<String> collections = new TreeSet<>();
        QueryShapes.ALL.forEach(shape -> collections.add(shape.collection()));
        return collections;
    }

    /** Creates one document of every kind, so that every collection and its indexes exist. */
    static void touchEveryCollection(CustomerApiTest test, ConvertingLeads converting, String workspace) {
        Caller manager = caller(workspace, "manager-hoa", Role.SALES_MANAGER);
        String account = test.post(manager, "/api/accounts", organisation("Công ty Mẫu")).id();
        test.post(manager, "/api/contacts", Customers.with(Customers.person("Người Mẫu"), "accountId", account));
        test.post(manager, "/api/activities", ActivityApiTest.call("lead-q", "2026-03-01T03:00:00Z", true));
        test.post(manager, "/api/activities/moves", Map.of("operationId", "op-q",
                "from", Map.of("type", "LEAD", "id", "lead-q"), "to", Map.of("type", "ACCOUNT", "id", account)));
        test.post(manager, "/api/accounts/saved-filters", Map.of("name", "Mẫu"));
        test.call(manager, "POST", "/api/accounts/import", "name,type\r\nCông ty Nhập,B2B\r\n",
                Map.of("Content-Type", "text/csv"));
        WorkspaceContext.runAs(WorkspaceId.of(workspace), () -> converting.failed("conversion-q", "lead-q",
                workspace));
    }
}
