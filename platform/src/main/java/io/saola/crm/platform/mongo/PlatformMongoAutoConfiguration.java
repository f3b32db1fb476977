package io.saola.crm.platform.mongo;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** Wraps the application's {@link MongoDatabaseFactory} so that all storage access is workspace-scoped. */
@AutoConfiguration
@ConditionalOnClass(MongoDatabaseFactory.class)
public class PlatformMongoAutoConfiguration {

    @Bean
    static BeanPostProcessor workspaceScopedMongo(ObjectProvider<MongoMappingContext> mappingContext) {
        SharedCollections shared = new SharedCollections(mappingContext);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                if (bean instanceof MongoDatabaseFactory factory && !(bean instanceof WorkspaceScopedDatabaseFactory)) {
                    return new WorkspaceScopedDatabaseFactory(factory, shared);
                }
                return bean;
            }
        };
    }
}
