package io.saola.crm.platform.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.saola.crm.platform.directory.Assignments;

/**
 * Every service gets {@link Access} over the product's {@link PermissionMatrix#standard() standard matrix}. Services
 * keep their records in MongoDB, which {@link Access#criteria} speaks; the gateway, which has no records, gets none.
 * Where the workspace directory is enabled, assignments are also checked against it.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.data.mongodb.core.query.Criteria")
public class AccessAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Access access(ObjectProvider<Assignments> assignments) {
        return new Access(PermissionMatrix.standard(), assignments.getIfAvailable());
    }
}
