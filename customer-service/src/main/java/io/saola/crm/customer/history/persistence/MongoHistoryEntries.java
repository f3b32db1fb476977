package io.saola.crm.customer.history.persistence;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import io.saola.crm.customer.history.domain.HistoryEntries;
import io.saola.crm.customer.history.domain.HistoryEntry;
import io.saola.crm.customer.record.domain.ChangeKind;

@Repository
class MongoHistoryEntries implements HistoryEntries {

    private final MongoOperations mongo;

    MongoHistoryEntries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(HistoryEntry entry) {
        String id = entry.recordType() + ":" + entry.recordId() + ":" + entry.version();
        try {
            mongo.insert(new HistoryDocument(id, entry.recordType(), entry.recordId(), entry.version(),
                    entry.kind().name(), entry.changedBy(), entry.changedAt(), entry.changes()));
        } catch (DuplicateKeyException alreadyRecorded) {
            // the same change written again after a retry
        }
    }

    @Override
    public List<HistoryEntry> of(String recordType, String recordId, int limit) {
        Query query = new Query(Criteria.where("recordType").is(recordType).and("recordId").is(recordId))
                .with(Sort.by(Sort.Direction.DESC, "version")).limit(limit);
        return mongo.find(query, HistoryDocument.class).stream()
                .map(d -> new HistoryEntry(d.recordType(), d.recordId(), d.version(), ChangeKind.valueOf(d.kind()),
                        d.changedBy(), d.changedAt(), d.changes()))
                .toList();
    }
}
