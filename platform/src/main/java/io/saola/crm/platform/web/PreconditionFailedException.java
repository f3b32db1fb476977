package io.saola.crm.platform.web;

/** The request's {@code If-Match} (or another precondition) does not match the record's current state: 412. */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail, null);
    }

    public PreconditionFailedException(String recordType, Object id, String currentETag) {
        super(ProblemType.PRECONDITION_FAILED,
                "If-Match does not match the current version of " + recordType + " '" + id + "'.",
                props("recordType", recordType, "recordId", text(id), "currentETag", currentETag));
    }
}
