package io.saola.crm.platform.web;

/** A write that must be conditional arrived without {@code If-Match}: 428. */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException() {
        this("This request must carry an If-Match header with the record's current ETag.");
    }

    public PreconditionRequiredException(String detail) {
        super(ProblemType.PRECONDITION_REQUIRED, detail, null);
    }
}
