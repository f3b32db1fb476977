package io.saola.crm.platform.web;

/**
 * A write based on a version of the record that is no longer current (a lost update was prevented): 409.
 * For a mismatching {@code If-Match} header use {@link PreconditionFailedException} instead.
 */
public class VersionConflictException extends ProblemException {

    public VersionConflictException(String recordType, Object id) {
        this(recordType, id, null, null);
    }

    public VersionConflictException(String recordType, Object id, Long expectedVersion, Long currentVersion) {
        super(ProblemType.VERSION_CONFLICT,
                recordType + " '" + id + "' was changed by someone else; reload it and try again.",
                props("recordType", recordType, "recordId", text(id),
                        "expectedVersion", expectedVersion, "currentVersion", currentVersion));
    }
}
