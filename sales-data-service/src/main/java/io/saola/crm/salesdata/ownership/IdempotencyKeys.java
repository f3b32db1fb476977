package io.saola.crm.salesdata.ownership;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.saola.crm.platform.security.WorkspaceMember;

/**
 * {@code Idempotency-Key} on creating POSTs, without a store of its own: the new record's id is derived from the
 * caller and the key, so a retried request finds the record its first attempt made (or, when both race, the
 * store's unique id lets only one of them write). The first request's result wins; a retry with another body
 * gets the record the key already made. Without a key every request creates a record.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    /** The id of the {@code kind} record created by {@code member} under {@code key}; a fresh id without a key. */
    public static String recordId(String kind, WorkspaceMember member, String key) {
        if (key == null || key.isBlank()) {
            return UUID.randomUUID().toString();
        }
        String caller = member.isApiClient() ? "client:" + member.clientId() : "user:" + member.userId();
        return UUID.nameUUIDFromBytes((kind + "\u0000" + caller + "\u0000" + key.strip())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
