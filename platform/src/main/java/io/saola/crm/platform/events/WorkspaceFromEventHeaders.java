package io.saola.crm.platform.events;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.listener.CompositeRecordInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;

import io.saola.crm.platform.tenancy.WorkspaceContext;

/**
 * Runs each consumed record inside the workspace named by its {@code ce_tenantid} header. A record without a
 * valid one fails before the listener sees it with {@link EventWithoutWorkspaceException}, which the error
 * handler does not retry. Installed on every listener container factory, ahead of any interceptor the
 * service configured. Applies to record listeners; a batch listener must bind each record itself.
 */
class WorkspaceFromEventHeaders implements RecordInterceptor<Object, Object> {

    private final ThreadLocal<WorkspaceContext.Scope> scope = new ThreadLocal<>();

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void installOn(AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
        RecordInterceptor existing = factory.getRecordInterceptor();
        if (existing instanceof WorkspaceFromEventHeaders) {
            return;
        }
        RecordInterceptor workspace = new WorkspaceFromEventHeaders();
        ((AbstractKafkaListenerContainerFactory) factory).setRecordInterceptor(
                existing == null ? workspace : new CompositeRecordInterceptor(workspace, existing));
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        close();
        scope.set(WorkspaceContext.open(CloudEventHeaders.workspaceOf(record.headers())));
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        close();
    }

    @Override
    public void failure(ConsumerRecord<Object, Object> record, Exception exception, Consumer<Object, Object> consumer) {
        close();
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        close();
    }

    private void close() {
        WorkspaceContext.Scope open = scope.get();
        if (open != null) {
            scope.remove();
            open.close();
        }
    }
}
