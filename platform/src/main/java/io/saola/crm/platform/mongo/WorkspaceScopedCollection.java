package io.saola.crm.platform.mongo;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.bson.conversions.Bson;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

/**
 * A {@link MongoCollection} that keeps every operation inside the current workspace (see
 * {@link WorkspaceScope}). Operations are sorted by name into reads with a filter, writes with a filter,
 * inserts, aggregations and schema operations; anything else is refused rather than passed through, so a
 * new driver method cannot silently bypass the scope.
 */
final class WorkspaceScopedCollection implements InvocationHandler {

    private static final Set<String> FILTERED_READS = Set.of("find", "countDocuments", "distinct");
    private static final Set<String> FILTERED_DELETES = Set.of("deleteOne", "deleteMany", "findOneAndDelete");
    private static final Set<String> FILTERED_UPDATES = Set.of("updateOne", "updateMany", "findOneAndUpdate");
    private static final Set<String> FILTERED_REPLACES = Set.of("replaceOne", "findOneAndReplace");
    private static final Set<String> INDEX_CREATION = Set.of("createIndex", "createIndexes");
    private static final Set<String> PASS_THROUGH = Set.of("getNamespace", "getDocumentClass", "getCodecRegistry",
            "getReadPreference", "getWriteConcern", "getReadConcern", "getTimeout", "listIndexes", "dropIndex",
            "dropIndexes", "drop", "toString", "hashCode", "equals");

    private final MongoCollection<?> target;

    private WorkspaceScopedCollection(MongoCollection<?> target) {
        this.target = target;
    }

    @SuppressWarnings("unchecked")
    static <T> MongoCollection<T> wrap(MongoCollection<T> target) {
        return (MongoCollection<T>) Proxy.newProxyInstance(WorkspaceScopedCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, new WorkspaceScopedCollection(target));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        Object[] arguments = args == null ? new Object[0] : args.clone();
        if (name.startsWith("with")) {
            return wrap((MongoCollection<?>) call(method, arguments));
        }
        if (PASS_THROUGH.contains(name)) {
            return call(method, arguments);
        }
        if (INDEX_CREATION.contains(name)) {
            checkIndexes(arguments);
            return call(method, arguments);
        }
        if (CrossWorkspace.active()) {
            return call(method, arguments);
        }
        WorkspaceScope scope = WorkspaceScope.current(target.getCodecRegistry(), collectionName());
        if (FILTERED_READS.contains(name)) {
            return scopedRead(scope, method, arguments);
        }
        if (FILTERED_DELETES.contains(name)) {
            scopeFirstFilter(scope, method, arguments);
            return call(method, arguments);
        }
        if (FILTERED_UPDATES.contains(name)) {
            int filter = scopeFirstFilter(scope, method, arguments);
            scope.checkUpdate(arguments[filter + 1]);
            return call(method, arguments);
        }
        if (FILTERED_REPLACES.contains(name)) {
            int filter = scopeFirstFilter(scope, method, arguments);
            arguments[filter + 1] = scope.stamp(arguments[filter + 1]);
            return call(method, arguments);
        }
        if ("insertOne".equals(name) || "insertMany".equals(name)) {
            int document = firstAfterSession(arguments);
            arguments[document] = arguments[document] instanceof List<?> list ? scope.stampAll(list)
                    : scope.stamp(arguments[document]);
            return call(method, arguments);
        }
        if ("aggregate".equals(name)) {
            int pipeline = firstAfterSession(arguments);
            arguments[pipeline] = scope.pipeline((List<?>) arguments[pipeline]);
            return call(method, arguments);
        }
        if ("bulkWrite".equals(name)) {
            int requests = firstAfterSession(arguments);
            arguments[requests] = scopedWrites(scope, (List<?>) arguments[requests]);
            return call(method, arguments);
        }
        throw new WorkspaceScopeViolationException("Operation " + name + " on '" + collectionName()
                + "' is not workspace-scoped; use a filtered operation instead");
    }

    private Object scopedRead(WorkspaceScope scope, Method method, Object[] arguments) throws Throwable {
        int filterIndex = filterPosition(method.getParameterTypes());
        if (filterIndex >= 0) {
            arguments[filterIndex] = scope.filter((Bson) arguments[filterIndex]);
            return call(method, arguments);
        }
        // find(), countDocuments(), distinct(field, type), ...: call the overload that takes a filter
        Class<?>[] types = method.getParameterTypes();
        int insertAt = 0;
        while (insertAt < types.length && (types[insertAt] == ClientSession.class || types[insertAt] == String.class)) {
            insertAt++;
        }
        List<Class<?>> filteredTypes = new ArrayList<>(Arrays.asList(types));
        filteredTypes.add(insertAt, Bson.class);
        List<Object> filteredArguments = new ArrayList<>(Arrays.asList(arguments));
        filteredArguments.add(insertAt, scope.filter(null));
        Method filtered = MongoCollection.class.getMethod(method.getName(), filteredTypes.toArray(Class<?>[]::new));
        return call(filtered, filteredArguments.toArray());
    }

    private int scopeFirstFilter(WorkspaceScope scope, Method method, Object[] arguments) {
        int filterIndex = filterPosition(method.getParameterTypes());
        arguments[filterIndex] = scope.filter((Bson) arguments[filterIndex]);
        return filterIndex;
    }

    private List<WriteModel<?>> scopedWrites(WorkspaceScope scope, List<?> requests) {
        List<WriteModel<?>> scoped = new ArrayList<>(requests.size());
        for (Object request : requests) {
            scoped.add(scopedWrite(scope, request));
        }
        return scoped;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private WriteModel<?> scopedWrite(WorkspaceScope scope, Object request) {
        if (request instanceof InsertOneModel<?> insert) {
            return new InsertOneModel<>(scope.stamp(insert.getDocument()));
        }
        if (request instanceof ReplaceOneModel<?> replace) {
            return new ReplaceOneModel<>(scope.filter(replace.getFilter()), scope.stamp(replace.getReplacement()),
                    replace.getReplaceOptions() == null ? new ReplaceOptions() : replace.getReplaceOptions());
        }
        if (request instanceof UpdateOneModel<?> update) {
            Object change = update.getUpdate() != null ? update.getUpdate() : update.getUpdatePipeline();
            scope.checkUpdate(change);
            UpdateOptions options = update.getOptions();
            return update.getUpdate() != null ? new UpdateOneModel<>(scope.filter(update.getFilter()), update.getUpdate(), options)
                    : new UpdateOneModel<>(scope.filter(update.getFilter()), (List) update.getUpdatePipeline(), options);
        }
        if (request instanceof UpdateManyModel<?> update) {
            Object change = update.getUpdate() != null ? update.getUpdate() : update.getUpdatePipeline();
            scope.checkUpdate(change);
            UpdateOptions options = update.getOptions();
            return update.getUpdate() != null ? new UpdateManyModel<>(scope.filter(update.getFilter()), update.getUpdate(), options)
                    : new UpdateManyModel<>(scope.filter(update.getFilter()), (List) update.getUpdatePipeline(), options);
        }
        if (request instanceof DeleteOneModel<?> delete) {
            return new DeleteOneModel<>(scope.filter(delete.getFilter()), delete.getOptions());
        }
        if (request instanceof DeleteManyModel<?> delete) {
            return new DeleteManyModel<>(scope.filter(delete.getFilter()), delete.getOptions());
        }
        throw new WorkspaceScopeViolationException("Bulk write " + request.getClass().getSimpleName()
                + " is not workspace-scoped");
    }

    private void checkIndexes(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof Bson keys) {
                WorkspaceScope.checkIndexKeys(keys, target.getCodecRegistry(), collectionName());
                return;
            }
            if (argument instanceof List<?> models) {
                for (Object model : models) {
                    WorkspaceScope.checkIndexKeys(((IndexModel) model).getKeys(), target.getCodecRegistry(),
                            collectionName());
                }
                return;
            }
        }
    }

    private static int filterPosition(Class<?>[] types) {
        for (int i = 0; i < types.length; i++) {
            if (types[i] == Bson.class) {
                return i;
            }
        }
        return -1;
    }

    private static int firstAfterSession(Object[] arguments) {
        return arguments.length > 0 && arguments[0] instanceof ClientSession ? 1 : 0;
    }

    private String collectionName() {
        return target.getNamespace().getCollectionName();
    }

    private Object call(Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
