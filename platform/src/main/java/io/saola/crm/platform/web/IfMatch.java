package io.saola.crm.platform.web;

/**
 * Optimistic concurrency over HTTP, the same in every service: a record's ETag is its version in quotes
 * ({@code "3"}); {@code If-Match} names the version a change is based on ({@code "3"}, {@code W/"3"}, or
 * {@code *} for any), and a change based on another version than the current one is refused with 412 before
 * anything is written.
 */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /** The version {@code If-Match} names; null when it is absent or {@code *}. 412 when it is no ETag of ours. */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return null;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notOurs) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " is not an ETag this service issued.");
        }
    }

    /** Passes when {@code If-Match} is absent, {@code *}, or names {@code currentVersion}; 412 otherwise. */
    public static void check(String ifMatch, String recordType, Object id, Long currentVersion) {
        Long asked = version(ifMatch);
        long current = currentVersion == null ? 0 : currentVersion;
        if (asked != null && asked != current) {
            throw new PreconditionFailedException(recordType, id, etag(current));
        }
    }
}
