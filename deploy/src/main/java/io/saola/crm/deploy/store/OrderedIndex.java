package io.saola.crm.deploy.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * A non-unique, possibly compound and multikey secondary index kept in memory, in key order.
 *
 * <p>mongo-java-server only implements unique indexes; the non-unique ones the services declare (all starting with
 * {@code tenantId}) are accepted and ignored, so every list query scanned the whole collection. This index holds one
 * entry per document (one per array element for a multikey field), ordered by the index's keys in their declared
 * directions and then by position (the document's {@code _id}). It is rebuilt from the data when the store opens
 * (the library re-adds every declared index to its collection, and an empty index is filled from the documents), so
 * nothing of it is written to the file. {@link IndexedH2Collection} decides when a query may use it.
 *
 * <p>Values are compared with the library's own {@link ValueComparator}, the comparator its sort uses, so walking
 * the index yields documents in the order the library's sort would put them in (see {@link #isMultikey()}).
 */
final class OrderedIndex extends Index<Object> {

    /** One index entry: the key values of one document (one combination for multikey documents) and its position. */
    record Entry(Object[] values, Object position) {
    }

    private final List<String> fields;
    private final boolean[] ascending;
    private final Comparator<Entry> order;
    private final NavigableSet<Entry> entries;
    private final Map<Object, List<Entry>> byPosition = new ConcurrentHashMap<>();
    private final Set<Object> multikeyPositions = ConcurrentHashMap.newKeySet();

    OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.fields = keys.stream().map(IndexKey::getKey).toList();
        this.ascending = new boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            ascending[i] = keys.get(i).isAscending();
        }
        this.order = (a, b) -> {
            int byKeys = compareKeys(a.values, b.values, a.values.length);
            return byKeys != 0 ? byKeys : compareValues(a.position, b.position);
        };
        this.entries = new ConcurrentSkipListSet<>(order);
    }

    List<String> fields() {
        return fields;
    }

    boolean ascending(int key) {
        return ascending[key];
    }

    /**
     * Whether some indexed document holds an array in a key field. Such a document has several entries, and the
     * library sorts arrays by other rules than their elements, so a multikey index narrows candidates but does not
     * give the order of a sort.
     */
    boolean isMultikey() {
        return !multikeyPositions.isEmpty();
    }

    /**
     * Entries whose first {@code bounds.length} key values lie within the bounds, in index order (or reversed).
     * Each bound is a point or a range on one key; bounds cover a prefix of the keys.
     */
    Iterable<Entry> range(List<KeyBound> bounds, boolean reversed) {
        NavigableSet<Entry> view = entries;
        Entry low = probe(bounds, true);
        Entry high = probe(bounds, false);
        if (low != null && high != null) {
            if (order.compare(low, high) > 0) {
                return List.of(); // contradictory bounds: nothing can match
            }
            view = entries.subSet(low, true, high, true);
        } else if (low != null) {
            view = entries.tailSet(low, true);
        } else if (high != null) {
            view = entries.headSet(high, true);
        }
        NavigableSet<Entry> ordered = reversed ? view.descendingSet() : view;
        KeyBound last = bounds.get(bounds.size() - 1);
        boolean exact = (last.lower() == null || last.lowerInclusive()) && (last.upper() == null || last.upperInclusive());
        if (exact) {
            return ordered; // the probes are exact for points and inclusive ends: no entry to check
        }
        int at = bounds.size() - 1;
        return () -> ordered.stream().filter(entry -> last.contains(entry.values[at])).iterator();
    }

    /**
     * The smallest (or largest) possible entry for the bounds: a probe whose later keys sort before (after) every
     * real value. Null when the bounds leave that side open from the first key on.
     */
    private Entry probe(List<KeyBound> bounds, boolean lowSide) {
        Object[] values = new Object[fields.size()];
        int fixed = 0;
        for (KeyBound bound : bounds) {
            boolean towardsSmall = lowSide == ascending[fixed];
            Object edge = towardsSmall ? bound.lower() : bound.upper();
            if (edge == null) {
                break;
            }
            values[fixed++] = edge;
        }
        if (fixed == 0) {
            return null;
        }
        for (int i = fixed; i < values.length; i++) {
            values[i] = lowSide ? Extreme.FIRST : Extreme.LAST;
        }
        return new Entry(values, lowSide ? Extreme.FIRST : Extreme.LAST);
    }

    private int compareKeys(Object[] a, Object[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (a[i] instanceof Extreme || b[i] instanceof Extreme) {
                int edge = Extreme.compare(a[i], b[i]); // a probe's open end: first or last in index order
                if (edge != 0) {
                    return edge;
                }
                continue;
            }
            int cmp = compareValues(a[i], b[i]);
            if (cmp != 0) {
                return ascending[i] ? cmp : -cmp;
            }
        }
        return 0;
    }

    static int compareValues(Object a, Object b) {
        if (a instanceof Extreme || b instanceof Extreme) {
            return Extreme.compare(a, b);
        }
        return ValueComparator.asc().compare(a, b);
    }

    /** The entries of one document: the cartesian product over its array-valued key fields. */
    private List<Entry> entriesOf(Document document, Object position) {
        List<Object[]> combinations = new ArrayList<>();
        combinations.add(new Object[fields.size()]);
        for (int i = 0; i < fields.size(); i++) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, fields.get(i));
            List<Object> alternatives = value instanceof Collection<?> many && !many.isEmpty()
                    ? new ArrayList<>(many) : List.of(value == null ? Missing.getInstance() : value);
            List<Object[]> next = new ArrayList<>(combinations.size() * alternatives.size());
            for (Object[] prefix : combinations) {
                for (Object alternative : alternatives) {
                    Object[] copy = prefix.clone();
                    copy[i] = alternative;
                    next.add(copy);
                }
            }
            combinations = next;
        }
        List<Entry> result = new ArrayList<>(combinations.size());
        for (Object[] values : combinations) {
            result.add(new Entry(values, position));
        }
        return result;
    }

    private boolean holdsArray(Document document) {
        for (String field : fields) {
            if (Utils.getSubdocumentValueCollectionAware(document, field) instanceof Collection) {
                return true;
            }
        }
        return false;
    }

    private static Object positionOf(Document document) {
        return Missing.ofNullable(Utils.getSubdocumentValue(document, "_id"));
    }

    @Override
    public Object getPosition(Document document) {
        return null; // not unique: the _id index knows a document's position
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // no constraint to check
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        List<Entry> added = entriesOf(document, position);
        List<Entry> previous = byPosition.put(position, added);
        if (previous != null) {
            previous.forEach(entries::remove);
        }
        entries.addAll(added);
        if (holdsArray(document)) {
            multikeyPositions.add(position);
        } else {
            multikeyPositions.remove(position);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = positionOf(document);
        List<Entry> removed = byPosition.remove(position);
        if (removed == null) {
            return null;
        }
        removed.forEach(entries::remove);
        multikeyPositions.remove(position);
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // the library's own planner cannot use it; IndexedH2Collection does
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("used through IndexedH2Collection");
    }

    @Override
    public long getCount() {
        return byPosition.size();
    }

    @Override
    public long getDataSize() {
        return entries.size();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // no constraint to check
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        add(newDocument, position, collection);
    }

    @Override
    public void drop() {
        entries.clear();
        byPosition.clear();
        multikeyPositions.clear();
    }

    /** Stand-ins below and above every value, for the open ends of a probe. */
    enum Extreme {
        FIRST, LAST;

        static int compare(Object a, Object b) {
            int rankA = a == FIRST ? -1 : a == LAST ? 1 : 0;
            int rankB = b == FIRST ? -1 : b == LAST ? 1 : 0;
            return Integer.compare(rankA, rankB);
        }
    }
}
