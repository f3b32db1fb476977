package io.saola.crm.platform.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.saola.crm.platform.tenancy.InvalidWorkspaceIdException;
import io.saola.crm.platform.tenancy.WorkspaceHeaders;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: the attributes travel as {@code ce_*} headers
 * (UTF-8), the body is the event's JSON, the key is the aggregate id. The workspace is the extension
 * attribute {@code tenantid}.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String TENANT = WorkspaceHeaders.CLOUDEVENTS_TENANT;
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The headers the relay publishes an outbox record with. */
    public static Headers of(OutboxRecord record) {
        Headers headers = new RecordHeaders();
        add(headers, SPEC_VERSION, SPEC_VERSION_1_0);
        add(headers, ID, record.eventId());
        add(headers, TYPE, record.type());
        add(headers, SOURCE, record.source());
        add(headers, TIME, record.occurredAt().toString());
        add(headers, SUBJECT, record.subject());
        add(headers, TENANT, record.workspace());
        add(headers, CONTENT_TYPE, JSON);
        return headers;
    }

    /** The last value of a header as UTF-8 text, or {@code null}. */
    public static String read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null
                : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The workspace a record belongs to; refuses a record without a valid one. */
    public static WorkspaceId workspaceOf(Headers headers) {
        String slug = read(headers, TENANT);
        if (slug == null || slug.isBlank()) {
            throw new EventWithoutWorkspaceException("Record has no " + TENANT + " header");
        }
        try {
            return WorkspaceId.of(slug);
        } catch (InvalidWorkspaceIdException e) {
            throw new EventWithoutWorkspaceException("Record has an invalid " + TENANT + " header", e);
        }
    }

    private static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
