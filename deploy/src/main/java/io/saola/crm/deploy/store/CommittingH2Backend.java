package io.saola.crm.deploy.store;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server that never acknowledges what it may lose.
 *
 * <p>Out of the box {@link H2Backend} leaves its MVStore to a background auto-commit (about once a second): a
 * {@code kill -9} right after 2,000 acknowledged inserts kept only about half of them. This backend commits the
 * MVStore after every command that changed it, before the reply is written, so every acknowledged write is in the
 * file (it survives a crash of the store process; with {@code fsync} it is also forced to the device and survives a
 * crash of the machine).
 */
public class CommittingH2Backend extends H2Backend {

    private final MVStore store;
    private final boolean fsync;

    public CommittingH2Backend(MVStore store, boolean fsync) {
        super(store);
        this.store = store;
        this.fsync = fsync;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commitIfChanged();
        }
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            commitIfChanged();
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        try {
            return super.handleQuery(query);
        } finally {
            commitIfChanged();
        }
    }

    /** Also when the command failed half-way: what it did apply is then reported and must be kept. */
    private void commitIfChanged() {
        if (store.isClosed() || !store.hasUnsavedChanges()) {
            return;
        }
        store.commit();
        if (fsync) {
            store.sync();
        }
    }
}
