package io.saola.crm.platform.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskDecorator;

import io.saola.crm.platform.tenancy.WorkspaceTaskDecorator;

/**
 * Async work submitted through the application's auto-configured task executors keeps the submitting
 * thread's workspace (Spring Boot applies a single {@link TaskDecorator} bean to them).
 */
@AutoConfiguration
public class WorkspacePropagation {

    @Bean
    @ConditionalOnMissingBean(TaskDecorator.class)
    TaskDecorator workspacePropagatingTaskDecorator() {
        return new WorkspaceTaskDecorator();
    }
}
