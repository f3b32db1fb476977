package io.saola.crm.platform.tenancy;

import java.util.Optional;

import org.springframework.core.task.TaskDecorator;

/** Carries the submitting thread's workspace onto an async task. */
public class WorkspaceTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        Optional<WorkspaceId> workspace = WorkspaceContext.current();
        if (workspace.isEmpty()) {
            return task;
        }
        WorkspaceId captured = workspace.get();
        return () -> WorkspaceContext.runAs(captured, task);
    }
}
