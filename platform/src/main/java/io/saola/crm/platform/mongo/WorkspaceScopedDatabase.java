package io.saola.crm.platform.mongo;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * A {@link MongoDatabase} whose collections are workspace-scoped, except those declared shared. Database-wide
 * aggregations and change streams are refused: they would see every workspace at once.
 */
final class WorkspaceScopedDatabase implements InvocationHandler {

    private final MongoDatabase target;
    private final Predicate<String> sharedCollection;

    private WorkspaceScopedDatabase(MongoDatabase target, Predicate<String> sharedCollection) {
        this.target = target;
        this.sharedCollection = sharedCollection;
    }

    static MongoDatabase wrap(MongoDatabase target, Predicate<String> sharedCollection) {
        return (MongoDatabase) Proxy.newProxyInstance(WorkspaceScopedDatabase.class.getClassLoader(),
                new Class<?>[] {MongoDatabase.class}, new WorkspaceScopedDatabase(target, sharedCollection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (("aggregate".equals(name) || "watch".equals(name)) && !CrossWorkspace.active()) {
            throw new WorkspaceScopeViolationException("Database-wide " + name + " would cross workspaces");
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (result instanceof MongoCollection<?> collection) {
            return sharedCollection.test(collection.getNamespace().getCollectionName()) ? collection
                    : WorkspaceScopedCollection.wrap(collection);
        }
        if (result instanceof MongoDatabase database) {
            return wrap(database, sharedCollection);
        }
        return result;
    }
}
