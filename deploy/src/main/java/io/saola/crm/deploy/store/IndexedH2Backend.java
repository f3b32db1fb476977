package io.saola.crm.deploy.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.lang.reflect.Field;
import org.h2.mvstore.MVStore;

/**
 * {@link CommittingH2Backend} whose databases use real secondary indexes and plan their queries
 * ({@link IndexedH2Database}). The store runs with it unless started with {@code --no-secondary-indexes}.
 */
public class IndexedH2Backend extends CommittingH2Backend {

    public IndexedH2Backend(MVStore store, boolean fsync) {
        super(store, fsync);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // H2Backend's constructor already opens the databases it finds in the file, before this class's fields
        // exist; its own store field is set by then.
        return new IndexedH2Database(databaseName, mvStore(), getCursorRegistry());
    }

    private MVStore mvStore() {
        try {
            Field field = H2Backend.class.getDeclaredField("mvStore");
            field.setAccessible(true);
            return (MVStore) field.get(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mongo-java-server's H2Backend changed; check IndexedH2Backend", e);
        }
    }
}
