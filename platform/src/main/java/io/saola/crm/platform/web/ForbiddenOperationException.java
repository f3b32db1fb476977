package io.saola.crm.platform.web;

/** The caller is known but their role or ownership does not allow this operation: 403. */
public class ForbiddenOperationException extends ProblemException {

    public ForbiddenOperationException(String detail) {
        super(ProblemType.FORBIDDEN, detail, null);
    }
}
