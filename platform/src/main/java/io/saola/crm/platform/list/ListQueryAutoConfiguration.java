package io.saola.crm.platform.list;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The cursor codec every list endpoint shares, keyed by {@code saola.list.cursor-key} when set, and the
 * {@link ListRequest} controller argument.
 */
@AutoConfiguration
public class ListQueryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CursorCodec listCursorCodec(@Value("${saola.list.cursor-key:}") String key) {
        return key.isBlank() ? CursorCodec.withDefaultKey() : new CursorCodec(key.getBytes(StandardCharsets.UTF_8));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(WebMvcConfigurer.class)
    static class ListRequestArguments implements WebMvcConfigurer {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new ListRequestArgumentResolver());
        }
    }
}
