package io.saola.crm.platform.mongo;

/** A storage operation that would cross or escape workspace boundaries; refused before it reaches the store. */
public class WorkspaceScopeViolationException extends IllegalStateException {

    public WorkspaceScopeViolationException(String message) {
        super(message);
    }
}
