package io.saola.crm.platform.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.saola.crm.platform.mongo.CrossWorkspace;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Storage side of the outbox: which collections hold {@link HasOutbox} documents, which of them still carry
 * records, and removing published records. Works on raw documents so that it needs no document class.
 */
class OutboxDocuments {

    static final String SWEEP_INDEX = "pending_outbox";

    private static final Logger log = LoggerFactory.getLogger(OutboxDocuments.class);
    private static final String WORKSPACE_FIELD = "tenantId";

    private final MongoOperations mongo;
    private final Set<String> configured;
    private final Set<String> noticed = ConcurrentHashMap.newKeySet();
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    OutboxDocuments(MongoOperations mongo, Collection<String> configuredCollections) {
        this.mongo = mongo;
        this.configured = Set.copyOf(configuredCollections);
    }

    /** Remembers a collection a document with an outbox was saved to, so the sweep covers it. */
    void noticed(String collection) {
        noticed.add(collection);
    }

    /** Collections to sweep: mapped {@link HasOutbox} documents, configured names and collections seen saved. */
    Set<String> collections() {
        Set<String> collections = new TreeSet<>(configured);
        collections.addAll(noticed);
        for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
            if (HasOutbox.class.isAssignableFrom(entity.getType())) {
                collections.add(entity.getCollection());
            }
        }
        return collections;
    }

    /**
     * Documents of every workspace whose outbox holds a record that occurred before {@code olderThan}. On
     * MongoDB the query is served by the partial index {@value #SWEEP_INDEX} ({@code tenantId, _id} over
     * documents with pending records only), which this creates on first use; the sort lets the planner pick it.
     */
    List<PendingOutbox> pendingIn(String collection, Instant olderThan, int limit) {
        String outbox = outboxField(collection);
        Bson pendingRecords = Filters.exists(outbox + "." + eventIdField());
        ensureSweepIndex(collection, pendingRecords);
        List<Document> found = CrossWorkspace.call("outbox sweep: unpublished events of every workspace",
                () -> mongo.getCollection(collection)
                        .find(pendingRecords)
                        .sort(Sorts.ascending(WORKSPACE_FIELD, "_id"))
                        .projection(Projections.include(outbox))
                        .limit(limit)
                        .into(new ArrayList<>()));
        List<PendingOutbox> pending = new ArrayList<>(found.size());
        for (Document document : found) {
            List<OutboxRecord> records = new ArrayList<>();
            for (Object stored : document.getList(outbox, Object.class, List.of())) {
                if (stored instanceof Document record) {
                    records.add(mongo.getConverter().read(OutboxRecord.class, record));
                }
            }
            if (records.stream().anyMatch(record -> record.occurredAt() == null
                    || record.occurredAt().isBefore(olderThan))) {
                pending.add(new PendingOutbox(collection, document.get("_id"), records));
            }
        }
        return pending;
    }

    /** Removes published records from a document, by event id, inside the document's workspace. */
    void remove(String collection, Object documentId, WorkspaceId workspace, List<String> eventIds) {
        Document published = new Document(eventIdField(), new Document("$in", eventIds));
        WorkspaceContext.runAs(workspace, () -> mongo.getCollection(collection)
                .updateOne(Filters.eq("_id", documentId), Updates.pull(outboxField(collection), published)));
    }

    private void ensureSweepIndex(String collection, Bson pendingRecords) {
        if (indexed.contains(collection)) {
            return;
        }
        try {
            mongo.getCollection(collection).createIndex(Indexes.ascending(WORKSPACE_FIELD, "_id"),
                    new IndexOptions().name(SWEEP_INDEX).partialFilterExpression(pendingRecords));
        } catch (RuntimeException e) {
            log.warn("Could not create the outbox sweep index on {}; the sweep scans the collection: {}", collection,
                    e.toString());
        }
        indexed.add(collection);
    }

    private String outboxField(String collection) {
        for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
            if (HasOutbox.class.isAssignableFrom(entity.getType()) && entity.getCollection().equals(collection)) {
                MongoPersistentProperty property = entity.getPersistentProperty(HasOutbox.PROPERTY);
                if (property != null) {
                    return property.getFieldName();
                }
            }
        }
        return HasOutbox.PROPERTY;
    }

    private String eventIdField() {
        MongoPersistentEntity<?> record = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(OutboxRecord.class);
        return record.getRequiredPersistentProperty("eventId").getFieldName();
    }

    /** The records still stored in one document. */
    record PendingOutbox(String collection, Object documentId, List<OutboxRecord> records) {
    }
}
