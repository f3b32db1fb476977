package io.saola.crm.platform.events;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.listener.CompositeRecordInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs each consumed record inside the workspace named by its {@code ce_tenantid} header. A record without a
 * valid one fails before the listener sees it with {@link EventWithoutWorkspaceException}, which the error
 * handler does not retry. Installed on every listener container factory, ahead of any interceptor the
 * service configured. Applies to record listeners; a batch listener must bind each record itself.
 *
 * <p>The header is not trusted alone: a JSON payload that names a workspace ({@link DomainEvent#workspace()})
 * must name the same one, or the record fails the same way (a forged header, or a producer's bug, never acts
 * in a workspace the event is not about). A payload that is not a JSON object is left to the listener.
 */
class WorkspaceFromEventHeaders implements RecordInterceptor<Object, Object> {

    private static final JsonMapper PAYLOADS = JsonMapper.builder().build();

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
        WorkspaceId workspace = CloudEventHeaders.workspaceOf(record.headers());
        requirePayloadAgrees(workspace, record);
        scope.set(WorkspaceContext.open(workspace));
        return record;
    }

    private static void requirePayloadAgrees(WorkspaceId workspace, ConsumerRecord<Object, Object> record) {
        if (!(record.value() instanceof String json) || json.isBlank() || json.charAt(0) != '{') {
            return;
        }
        JsonNode payload;
        try {
            payload = PAYLOADS.readTree(json);
        } catch (JacksonException notJson) {
            return;
        }
        JsonNode named = payload.get("workspace");
        if (named != null && !named.isNull() && !workspace.slug().equals(named.asString())) {
            throw new EventWithoutWorkspaceException("The record's " + CloudEventHeaders.TENANT + " header names '"
                    + workspace.slug() + "' but its payload names '" + named.asString() + "': refused.");
        }
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
