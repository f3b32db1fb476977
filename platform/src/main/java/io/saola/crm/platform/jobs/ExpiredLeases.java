package io.saola.crm.platform.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import io.saola.crm.platform.mongo.CrossWorkspace;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Finds leased work whose lease ran out, in every workspace: a job whose process died while it held the job
 * leaves it behind, and the next process (or another instance) must find it to fail or resume it. This is the
 * only cross-workspace part; whatever is done with a found job is done inside its own workspace by the caller.
 * <p>
 * A leased document keeps its lease in {@value #LEASE} as {@code {owner, expiresAt}} and drops the field when the
 * work ends. Declare a partial index {@code {tenantId: 1, _id: 1}} over documents that have
 * {@value #EXPIRES_AT} so that this query reads only leased documents.
 */
public class ExpiredLeases {

    public static final String LEASE = "lease";
    public static final String OWNER = LEASE + ".owner";
    public static final String EXPIRES_AT = LEASE + ".expiresAt";

    private static final String WORKSPACE_FIELD = "tenantId";

    private final MongoOperations mongo;

    public ExpiredLeases(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Up to {@code limit} documents of {@code collection}, in any workspace, whose lease expired before {@code now}. */
    public List<Expired> in(String collection, Instant now, int limit) {
        List<Document> found = CrossWorkspace.call("expired leases: work a stopped process left behind",
                () -> mongo.getCollection(collection)
                        .find(Filters.lt(EXPIRES_AT, Date.from(now)))
                        .sort(Sorts.ascending(WORKSPACE_FIELD, "_id"))
                        .projection(Projections.include(WORKSPACE_FIELD))
                        .limit(limit)
                        .into(new ArrayList<>()));
        List<Expired> expired = new ArrayList<>(found.size());
        for (Document document : found) {
            String workspace = document.getString(WORKSPACE_FIELD);
            if (WorkspaceId.isValid(workspace)) {
                expired.add(new Expired(WorkspaceId.of(workspace), String.valueOf(document.get("_id"))));
            }
        }
        return expired;
    }

    /** A document whose lease expired, and the workspace it belongs to. */
    public record Expired(WorkspaceId workspace, String id) {
    }
}
