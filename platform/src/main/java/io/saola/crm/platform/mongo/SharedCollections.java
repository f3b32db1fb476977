package io.saola.crm.platform.mongo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Which collections hold documents marked {@link SharedAcrossWorkspaces}. A collection the mapping context
 * does not know is scoped: sharing has to be declared.
 */
final class SharedCollections implements Predicate<String> {

    private final ObjectProvider<MongoMappingContext> mappingContext;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    SharedCollections(ObjectProvider<MongoMappingContext> mappingContext) {
        this.mappingContext = mappingContext;
    }

    @Override
    public boolean test(String collection) {
        return answers.computeIfAbsent(collection, this::declaredShared);
    }

    private boolean declaredShared(String collection) {
        MongoMappingContext context = mappingContext.getIfAvailable();
        if (context == null) {
            return false;
        }
        for (MongoPersistentEntity<?> entity : context.getPersistentEntities()) {
            if (entity.getCollection().equals(collection)) {
                return entity.getType().isAnnotationPresent(SharedAcrossWorkspaces.class);
            }
        }
        return false;
    }
}
