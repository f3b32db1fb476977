package io.saola.crm.sales.record.web;

import io.saola.crm.platform.web.PreconditionFailedException;
import io.saola.crm.platform.web.PreconditionRequiredException;
import io.saola.crm.sales.record.domain.ExpectedVersion;

/**
 * Reads the version a write is based on: the {@code If-Match} ETag ({@code "3"}, {@code W/"3"} or {@code *}),
 * else the {@code version} of the body. Updates need one of them (428 otherwise); deletes may go without.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static ExpectedVersion required(String ifMatch, Long bodyVersion) {
        if (ifMatch == null && bodyVersion == null) {
            throw new PreconditionRequiredException("Send If-Match with the record's ETag, or its version in the "
                    + "body, so that nobody's changes are overwritten unseen.");
        }
        return optional(ifMatch, bodyVersion);
    }

    public static ExpectedVersion optional(String ifMatch, Long bodyVersion) {
        if (ifMatch != null) {
            return fromIfMatch(ifMatch);
        }
        return bodyVersion == null ? ExpectedVersion.ANY : new ExpectedVersion(bodyVersion, false);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static ExpectedVersion fromIfMatch(String ifMatch) {
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return ExpectedVersion.ANY;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return new ExpectedVersion(Long.parseLong(value), true);
        } catch (NumberFormatException notOurs) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " is not an ETag this service issued.");
        }
    }
}
