package io.saola.crm.salesdata.web;

import io.saola.crm.platform.web.PreconditionFailedException;

/**
 * Optimistic concurrency over HTTP: a record's ETag is its version in quotes; an {@code If-Match} that names
 * another version is refused with 412 before anything is changed.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /** Passes when {@code ifMatch} is absent, {@code *}, or the current ETag. */
    public static void check(String ifMatch, String recordType, String id, Long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String current = etag(currentVersion);
        String asked = ifMatch.strip().startsWith("W/") ? ifMatch.strip().substring(2) : ifMatch.strip();
        if (!asked.equals(current)) {
            throw new PreconditionFailedException(recordType, id, current);
        }
    }
}
