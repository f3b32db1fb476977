package io.saola.crm.platform.mongo;

import java.util.function.Predicate;

import org.bson.codecs.configuration.CodecRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;

/**
 * Hands Spring Data databases whose collections are workspace-scoped. Installed around whatever factory the
 * application configured, so templates, repositories and index creation all go through it.
 */
public final class WorkspaceScopedDatabaseFactory implements MongoDatabaseFactory {

    private final MongoDatabaseFactory target;
    private final Predicate<String> sharedCollection;

    public WorkspaceScopedDatabaseFactory(MongoDatabaseFactory target, Predicate<String> sharedCollection) {
        this.target = target;
        this.sharedCollection = sharedCollection;
    }

    @Override
    public MongoDatabase getMongoDatabase() throws DataAccessException {
        return WorkspaceScopedDatabase.wrap(target.getMongoDatabase(), sharedCollection);
    }

    @Override
    public MongoDatabase getMongoDatabase(String dbName) throws DataAccessException {
        return WorkspaceScopedDatabase.wrap(target.getMongoDatabase(dbName), sharedCollection);
    }

    @Override
    public PersistenceExceptionTranslator getExceptionTranslator() {
        return target.getExceptionTranslator();
    }

    @Override
    public CodecRegistry getCodecRegistry() {
        return target.getCodecRegistry();
    }

    @Override
    public ClientSession getSession(ClientSessionOptions options) {
        return target.getSession(options);
    }

    @Override
    public MongoDatabaseFactory withSession(ClientSession session) {
        return new WorkspaceScopedDatabaseFactory(target.withSession(session), sharedCollection);
    }

    @Override
    public boolean isTransactionActive() {
        return target.isTransactionActive();
    }
}
