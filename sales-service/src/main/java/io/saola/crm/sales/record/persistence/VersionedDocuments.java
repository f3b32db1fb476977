package io.saola.crm.sales.record.persistence;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.events.HasOutbox;
import io.saola.crm.platform.events.Outbox;
import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.VersionConflictException;

/**
 * Writes an aggregate's new state and its events in one single-document write. A new aggregate (version 0) is
 * inserted; a changed one replaces the stored document only if that is still at the version the change was
 * based on, keeping the events the relay has not yet published ahead of the new ones.
 */
@Component
public class VersionedDocuments {

    private final MongoOperations mongo;
    private final Outbox outbox;

    VersionedDocuments(MongoOperations mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    /**
     * @param document builds the document from its outbox and the stored version to replace (null: insert)
     */
    public <D extends HasOutbox> void store(Class<D> type, String recordType, String id, long version,
                                            String topic, List<DomainEvent> events, Function<D, Long> versionOf,
                                            BiFunction<List<OutboxRecord>, Long, D> document) {
        if (version == 0) {
            try {
                mongo.insert(document.apply(outbox.append(null, topic, events), null));
            } catch (DuplicateKeyException sameId) {
                throw new DuplicateRecordException(recordType, id);
            }
            return;
        }
        long expected = version - 1;
        D stored = mongo.findById(id, type);
        Long storedVersion = stored == null ? null : versionOf.apply(stored);
        if (storedVersion == null || storedVersion != expected) {
            throw new VersionConflictException(recordType, id, expected, storedVersion);
        }
        try {
            mongo.save(document.apply(outbox.append(stored.outbox(), topic, events), expected));
        } catch (OptimisticLockingFailureException movedOn) {
            throw new VersionConflictException(recordType, id);
        }
    }
}
