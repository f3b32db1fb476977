package io.saola.crm.deploy.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.h2.mvstore.MVMap;

/**
 * The H2 collection with a small query planner in front of the library's full scan.
 *
 * <ol>
 *   <li>A condition on {@code _id} with one or a few plain ids (string, ObjectId, UUID) fetches those documents
 *       directly. The library only does so when the query is <em>exactly</em> {@code {_id: ...}}; every
 *       workspace-scoped read or conditional update ({@code {tenantId, _id, version}}) scanned the collection.</li>
 *   <li>Otherwise the {@link OrderedIndex} that binds the longest prefix of its keys (equalities, then at most one
 *       range or anchored regex prefix) gives the candidates. If it also delivers the requested sort order, it is
 *       walked in that order and the walk stops as soon as the page is full.</li>
 *   <li>Otherwise, or when no index binds anything, the library's own path runs (a scan).</li>
 * </ol>
 *
 * <p>Every candidate is still checked against the whole query by the library's matcher, and sorting, skipping,
 * limiting and projecting stay the library's; an index only decides which documents are looked at, and (for the
 * ordered walk) in which order. {@code IndexedStoreTest} checks the results against the plain library on random
 * data and queries.
 */
final class IndexedH2Collection extends H2Collection {

    /** Queries served per path, for the store's own statistics and the tests. */
    static final LongAdder BY_ID = new LongAdder();
    static final LongAdder ORDERED_WALK = new LongAdder();
    static final LongAdder INDEX_RANGE = new LongAdder();
    static final LongAdder SCAN = new LongAdder();

    /** Above this many candidates from a range, an index that gives the sort order is walked instead (tests lower it). */
    static volatile int rangeCap = 1_000;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        boolean natural = orderBy != null && orderBy.containsKey("$natural");
        if (query == null || natural || !"_id".equals(getIdField())) {
            SCAN.increment();
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        QueryConditions conditions = QueryConditions.of(query);

        List<Object> ids = conditions.plainIds();
        if (ids != null) {
            BY_ID.increment();
            List<Document> found = new ArrayList<>(ids.size());
            for (Object id : ids) {
                Document document = getDocument(id);
                if (document != null) {
                    found.add(document);
                }
            }
            found.sort((a, b) -> ValueComparator.asc().compare(a.get("_id"), b.get("_id")));
            return matchDocumentsFromStream(found.stream(), query, orderBy, numberToSkip, limit, batchSize,
                    fieldSelector);
        }

        Plan plan = choose(conditions, orderBy, limit);
        if (plan == null) {
            SCAN.increment();
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        if (plan.primary().ordered()) {
            ORDERED_WALK.increment();
            Set<Object> allowed = plan.narrower() == null ? null : positions(plan.narrower());
            List<Document> page = walk(plan.primary(), query, numberToSkip + limit, allowed);
            // already in order and matched: the library skips, limits and projects
            return matchDocumentsFromStream(query, page.stream(), numberToSkip, limit, batchSize, null,
                    fieldSelector);
        }
        INDEX_RANGE.increment();
        Set<Object> positions = positions(plan.primary());
        List<Document> candidates = new ArrayList<>(positions.size());
        for (Object position : positions) {
            Document document = getDocument(position);
            if (document != null) {
                candidates.add(document);
            }
        }
        // the library's natural order (by _id), so a query without sort answers as a scan would
        candidates.sort((a, b) -> ValueComparator.asc().compare(a.get("_id"), b.get("_id")));
        return matchDocumentsFromStream(candidates.stream(), query, orderBy, numberToSkip, limit, batchSize,
                fieldSelector);
    }

    /** The positions an index range holds, without fetching a document. */
    private static Set<Object> positions(IndexChoice choice) {
        Set<Object> positions = new LinkedHashSet<>();
        for (OrderedIndex.Entry entry : choice.index().range(choice.bounds(), false)) {
            positions.add(entry.position());
        }
        return positions;
    }

    /**
     * The first {@code wanted} matching documents in the index's order. With {@code allowed} (the positions a
     * narrower index range holds) only those are fetched: walking index entries costs nanoseconds, fetching and
     * matching a document microseconds.
     */
    private List<Document> walk(IndexChoice choice, Document query, int wanted, Set<Object> allowed) {
        List<Document> page = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (OrderedIndex.Entry entry : choice.index().range(choice.bounds(), choice.reversed())) {
            Object position = entry.position();
            if ((allowed != null && !allowed.contains(position)) || !seen.add(position)) {
                continue;
            }
            Document document = getDocument(position);
            if (document != null && documentMatchesQuery(document, query)) {
                page.add(document);
                if (page.size() >= wanted) {
                    break;
                }
            }
        }
        return page;
    }

    /** What to run: an index choice, and for a walk in sort order the narrower range that limits what it fetches. */
    record Plan(IndexChoice primary, IndexChoice narrower) {
    }

    /** An index, the bounds on its leading keys, and whether walking it yields the requested order. */
    record IndexChoice(OrderedIndex index, List<KeyBound> bounds, boolean ordered, boolean reversed, int score) {
    }

    /**
     * The narrowest index (most bound keys), unless an index that yields the sort binds fewer keys and the narrow
     * one would still hand over more than {@link #rangeCap} candidates: then walking in order until the page is
     * full fetches fewer documents than fetching and sorting every candidate: the walk then fetches only the
     * narrow range's candidates, in sort order, until the page is full (the other entries are only stepped over, so
     * matches that sort late — "nguy" among names from "a" — cost an in-memory pass, not a fetch each).
     */
    private Plan choose(QueryConditions conditions, Document orderBy, int limit) {
        IndexChoice narrowest = null;
        IndexChoice ordered = null;
        for (Index<Object> candidate : getIndexes()) {
            if (!(candidate instanceof OrderedIndex index)) {
                continue;
            }
            boolean multikey = index.isMultikey();
            List<KeyBound> bounds = new ArrayList<>();
            int points = 0;
            for (String field : index.fields()) {
                KeyBound point = conditions.point(field);
                if (point != null) {
                    bounds.add(point);
                    points++;
                    continue;
                }
                KeyBound range = conditions.range(field, multikey);
                if (range != null) {
                    bounds.add(range);
                }
                break;
            }
            if (bounds.isEmpty()) {
                continue;
            }
            int order = orderFrom(index, points, orderBy, multikey);
            boolean walkable = order != 0 && limit > 0;
            int score = bounds.size() * 2 + (walkable ? 1 : 0);
            IndexChoice choice = new IndexChoice(index, bounds, walkable, order < 0, score);
            if (narrowest == null || score > narrowest.score()) {
                narrowest = choice;
            }
            if (walkable && (ordered == null || score > ordered.score())) {
                ordered = choice;
            }
        }
        if (narrowest == null) {
            return null;
        }
        if (ordered == null || narrowest == ordered || narrowest.bounds().size() <= ordered.bounds().size()) {
            return new Plan(narrowest, null);
        }
        int candidates = 0;
        for (OrderedIndex.Entry ignored : narrowest.index().range(narrowest.bounds(), false)) {
            if (++candidates > rangeCap) {
                return new Plan(ordered, narrowest);
            }
        }
        return new Plan(narrowest, null);
    }

    /**
     * Whether walking the index after its first {@code points} keys gives the order of {@code orderBy}: 1 forward,
     * -1 backward, 0 not at all (no sort requested, a multikey index, or other keys/directions).
     */
    private static int orderFrom(OrderedIndex index, int points, Document orderBy, boolean multikey) {
        if (orderBy == null || orderBy.isEmpty() || multikey) {
            return 0;
        }
        List<String> sortKeys = new ArrayList<>(orderBy.keySet());
        if (points + sortKeys.size() > index.fields().size()) {
            return 0;
        }
        int direction = 0;
        for (int i = 0; i < sortKeys.size(); i++) {
            String field = index.fields().get(points + i);
            if (!field.equals(sortKeys.get(i)) || !(orderBy.get(sortKeys.get(i)) instanceof Number n)) {
                return 0;
            }
            boolean sortAscending = n.intValue() > 0;
            int here = sortAscending == index.ascending(points + i) ? 1 : -1;
            if (direction != 0 && here != direction) {
                return 0;
            }
            direction = here;
        }
        return direction;
    }
}
