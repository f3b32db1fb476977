package io.saola.crm.salesdata.numbering.persistence;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Inserts a document under the next number of its workspace and year: gap-free and duplicate-free, across any
 * number of service instances, without transactions.
 * <p>
 * <b>Why not a counter document.</b> An atomic {@code $inc} on a counter hands out unique numbers, but the
 * number and the document are then two writes: when the document's insert fails (or the process dies between
 * them), the number is spent and the sequence has a hole that nothing can fill atomically afterwards.
 * <p>
 * <b>What this does instead.</b> The number is a unique key of the document itself
 * ({@code {tenantId, numberYear, numberSequence, ...}}, declared unique on the collection). An insert reads the
 * highest sequence of the year, adds one and inserts; if another instance took that number first, the store
 * refuses the insert with a duplicate key and this tries the next one. A number therefore exists exactly when
 * its document does: a failed or abandoned insert consumes nothing, two documents never share a number, and
 * documents are never deleted (soft delete), so the sequence has no holes. Contention costs retries, not
 * correctness; after {@value #MAX_ATTEMPTS} collisions in a row the request is refused (503) rather than spin.
 * On MongoDB the "highest sequence" read is served by the same unique index.
 */
@Component
public class NumberedInserts {

    static final int MAX_ATTEMPTS = 64;
    public static final String YEAR = "numberYear";
    public static final String SEQUENCE = "numberSequence";

    private final MongoOperations mongo;

    NumberedInserts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Inserts {@code build.apply(sequence)} with the next free sequence of {@code year} in the current workspace.
     * A duplicate key on anything else than the number (the document's id) is passed on.
     */
    public <D> D insertNext(Class<D> type, int year, LongFunction<D> build) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            long next = highestSequence(type, year) + 1;
            D document = build.apply(next);
            try {
                return mongo.insert(document);
            } catch (DuplicateKeyException taken) {
                if (!isNumberTaken(type, year, next)) {
                    throw taken;
                }
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(50_000, 500_000L * attempt));
            }
        }
        throw new NumberingBusyException();
    }

    public long highestSequence(Class<?> type, int year) {
        Query highest = Query.query(Criteria.where(YEAR).is(year)).with(Sort.by(Sort.Direction.DESC, SEQUENCE))
                .limit(1);
        highest.fields().include(SEQUENCE);
        Document found = mongo.findOne(highest, Document.class, mongo.getCollectionName(type));
        return found == null ? 0 : ((Number) found.get(SEQUENCE)).longValue();
    }

    private boolean isNumberTaken(Class<?> type, int year, long sequence) {
        return mongo.exists(Query.query(Criteria.where(YEAR).is(year).and(SEQUENCE).is(sequence)),
                mongo.getCollectionName(type));
    }
}
