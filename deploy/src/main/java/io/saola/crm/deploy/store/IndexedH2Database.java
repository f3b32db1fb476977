package io.saola.crm.deploy.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.lang.reflect.Field;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 database whose collections plan their queries ({@link IndexedH2Collection}) and whose non-unique indexes
 * are real ({@link OrderedIndex}) instead of the library's ignored placeholders.
 */
final class IndexedH2Database extends H2Database {

    /** H2Database's own map names (package-private there); the file layout stays the library's. */
    private static final String DATABASES_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new OrderedIndex(indexName, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        // Called from H2Database's constructor (when it reopens the namespaces), before any field of this class
        // could be set: the store is read from the superclass, where it is set by then.
        MVStore mvStore = mvStore();
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = mvStore.openMap(DATABASES_PREFIX + fullName);
        MVMap<String, Object> metaMap = mvStore.openMap(META_PREFIX + fullName);
        return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    private MVStore mvStore() {
        try {
            Field field = H2Database.class.getDeclaredField("mvStore");
            field.setAccessible(true);
            return (MVStore) field.get(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mongo-java-server's H2Database changed; check IndexedH2Database", e);
        }
    }
}
