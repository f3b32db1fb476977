package io.saola.crm.customer.transfer.application;

/** Where an import job is: waiting for a worker, being imported, or finished one way or the other. */
public enum ImportState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
