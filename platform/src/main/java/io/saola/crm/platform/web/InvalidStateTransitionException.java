package io.saola.crm.platform.web;

/** The record's current state does not allow what was asked (e.g. converting a converted lead): 409. */
public class InvalidStateTransitionException extends ProblemException {

    public InvalidStateTransitionException(String recordType, Object id, Object currentState, Object requestedState) {
        this(recordType, id, currentState, requestedState,
                recordType + " '" + id + "' is " + currentState + " and cannot become " + requestedState + ".");
    }

    public InvalidStateTransitionException(String recordType, Object id, Object currentState, Object requestedState,
                                           String detail) {
        super(ProblemType.INVALID_STATE_TRANSITION, detail,
                props("recordType", recordType, "recordId", text(id),
                        "currentState", text(currentState), "requestedState", text(requestedState)));
    }
}
