package io.saola.crm.salesdata.workspace;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The workspaces the expiry sweeps visit: each is recorded (idempotently) when it creates a document that can
 * expire. Remembered per process to spare the store a write per document.
 */
@Component
public class ActiveWorkspaces {

    private final MongoOperations mongo;
    private final Clock clock;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    ActiveWorkspaces(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records the current workspace. */
    public void recordCurrent() {
        String slug = WorkspaceContext.require("active workspaces").slug();
        if (known.contains(slug)) {
            return;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(slug)),
                new Update().setOnInsert("since", clock.instant()), ActiveWorkspace.class);
        known.add(slug);
    }

    public List<WorkspaceId> all() {
        return mongo.findAll(ActiveWorkspace.class).stream().map(active -> WorkspaceId.of(active.slug())).toList();
    }
}
