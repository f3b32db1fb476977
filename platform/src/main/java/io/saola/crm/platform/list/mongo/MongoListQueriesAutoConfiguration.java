package io.saola.crm.platform.list.mongo;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

import io.saola.crm.platform.list.CursorCodec;
import io.saola.crm.platform.list.ListQueryAutoConfiguration;
import io.saola.crm.platform.list.saved.SavedFilters;

/**
 * Offers {@link MongoListQueries} and members' {@link SavedFilters} to services that use MongoDB; Mongo is
 * optional for the platform.
 */
@AutoConfiguration(after = ListQueryAutoConfiguration.class,
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoOperations.class)
public class MongoListQueriesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(MongoOperations.class)
    MongoListQueries mongoListQueries(MongoOperations mongo, CursorCodec cursors) {
        return new MongoListQueries(mongo, cursors);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(MongoOperations.class)
    SavedFilters savedFilters(MongoOperations mongo, Clock clock) {
        return new SavedFilters(mongo, clock);
    }
}
