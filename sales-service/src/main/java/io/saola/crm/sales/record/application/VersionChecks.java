package io.saola.crm.sales.record.application;

import io.saola.crm.platform.web.PreconditionFailedException;
import io.saola.crm.platform.web.VersionConflictException;
import io.saola.crm.sales.record.domain.ExpectedVersion;

/** Checks a write's expected version against the record's: 412 for an If-Match, 409 for a body version. */
public final class VersionChecks {

    private VersionChecks() {
    }

    public static void require(ExpectedVersion expected, String recordType, String id, long current) {
        if (expected.matches(current)) {
            return;
        }
        if (expected.fromHeader()) {
            throw new PreconditionFailedException(recordType, id, "\"" + current + "\"");
        }
        throw new VersionConflictException(recordType, id, expected.version(), current);
    }
}
