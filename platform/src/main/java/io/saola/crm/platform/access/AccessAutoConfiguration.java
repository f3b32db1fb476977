package io.saola.crm.platform.access;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Every service gets {@link Access} over the product's {@link PermissionMatrix#standard() standard matrix}. */
@AutoConfiguration
public class AccessAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Access access() {
        return new Access(PermissionMatrix.standard());
    }
}
