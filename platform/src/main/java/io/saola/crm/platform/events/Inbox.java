package io.saola.crm.platform.events;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Processed event ids per workspace and consumer, to skip redeliveries cheaply. A shortcut only: handlers
 * must already be idempotent by construction (deterministic ids, unique keys such as one account per
 * {@code (tenantId, sourceLeadId)}, conditional updates on state or version), because the id is recorded
 * after the handler succeeded and a crash in between runs the handler again.
 * <p>
 * Stored in {@code saola.events.inbox.collection} with a unique index on {@code (tenantId, consumer, eventId)};
 * the same event id in another workspace, or for another consumer, is processed separately.
 */
public class Inbox {

    private final MongoOperations mongo;
    private final String collection;
    private volatile boolean indexed;

    public Inbox(MongoOperations mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /**
     * Runs {@code handler} inside the event's workspace unless {@code consumer} already processed this event
     * there; returns whether it ran.
     */
    public boolean processOnce(String consumer, ReceivedEvent event, Runnable handler) {
        return processOnce(consumer, event.workspace(), event.id(), handler);
    }

    /** As {@link #processOnce(String, ReceivedEvent, Runnable)}, for an event id from elsewhere. */
    public boolean processOnce(String consumer, WorkspaceId workspace, String eventId, Runnable handler) {
        if (consumer == null || consumer.isBlank() || eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("processOnce needs a consumer name and an event id");
        }
        Optional<WorkspaceId> current = WorkspaceContext.current();
        if (current.isPresent() && !current.get().equals(workspace)) {
            throw new IllegalStateException("Event " + eventId + " of workspace '" + workspace
                    + "' handled while working for '" + current.get() + "'");
        }
        return WorkspaceContext.callAs(workspace, () -> {
            String key = workspace.slug() + ':' + consumer + ':' + eventId;
            MongoCollection<Document> processed = processed();
            if (processed.find(Filters.eq("_id", key)).first() != null) {
                return false;
            }
            handler.run();
            try {
                processed.insertOne(new Document("_id", key).append("consumer", consumer).append("eventId", eventId)
                        .append("processedAt", Date.from(Instant.now())));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            return true;
        });
    }

    private MongoCollection<Document> processed() {
        MongoCollection<Document> processed = mongo.getCollection(collection);
        if (!indexed) {
            processed.createIndex(Indexes.ascending("tenantId", "consumer", "eventId"),
                    new IndexOptions().unique(true).name("tenant_consumer_event"));
            indexed = true;
        }
        return processed;
    }
}
