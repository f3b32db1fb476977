package io.saola.crm.platform.observability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;

import io.saola.crm.platform.tenancy.WorkspaceTaskDecorator;

/**
 * Async work submitted through the application's auto-configured task executors keeps the submitting
 * thread's workspace (Spring Boot applies a single {@link TaskDecorator} bean to them); responses name the
 * service that served them.
 */
@AutoConfiguration
public class WorkspacePropagation {

    @Bean
    @ConditionalOnMissingBean(TaskDecorator.class)
    TaskDecorator workspacePropagatingTaskDecorator() {
        return new WorkspaceTaskDecorator();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<ServedByFilter> servedByFilter(@Value("${spring.application.name:saola}") String name) {
        FilterRegistrationBean<ServedByFilter> registration = new FilterRegistrationBean<>(new ServedByFilter(name));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
