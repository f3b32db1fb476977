package io.saola.crm.sales.record.application;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.InvalidFieldsException;

/**
 * The id a created record gets: random, or, with an {@code Idempotency-Key}, derived from the workspace, the
 * caller, the kind of record and the key, so that a retried request finds the record the first one created
 * instead of creating another.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 200;

    private IdempotencyKeys() {
    }

    public static String recordId(WorkspaceMember member, String kind, String key) {
        if (!given(key)) {
            return UUID.randomUUID().toString();
        }
        if (key.length() > MAX_LENGTH) {
            throw InvalidFieldsException.of(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        String seed = kind + '\u001e' + member.workspace().slug() + '\u001e' + member.userId() + '\u001e' + key;
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static boolean given(String key) {
        return key != null && !key.isBlank();
    }
}
