package io.saola.crm.customer.record.web;

import io.saola.crm.customer.record.domain.ExpectedVersion;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.platform.web.PreconditionRequiredException;

/**
 * Reads the version a write is based on: the {@code If-Match} ETag ({@code "3"}, {@code W/"3"} or {@code *}),
 * else the {@code version} of the body. Updates need one of them (428 otherwise); deletes may go without.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static ExpectedVersion required(String ifMatch, Long bodyVersion) {
        if ((ifMatch == null || ifMatch.isBlank()) && bodyVersion == null) {
            throw new PreconditionRequiredException("Send If-Match with the record's ETag, or its version in the "
                    + "body, so that nobody's changes are overwritten unseen.");
        }
        return optional(ifMatch, bodyVersion);
    }

    public static ExpectedVersion optional(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            return fromIfMatch(ifMatch);
        }
        return bodyVersion == null ? ExpectedVersion.ANY : new ExpectedVersion(bodyVersion, false);
    }

    public static String etag(long version) {
        return IfMatch.etag(version);
    }

    private static ExpectedVersion fromIfMatch(String ifMatch) {
        Long version = IfMatch.version(ifMatch);
        return version == null ? ExpectedVersion.ANY : new ExpectedVersion(version, true);
    }
}
