package io.saola.crm.customer.transfer.application;

import java.util.List;

/** What importing one row did. */
sealed interface RowOutcome {

    record Imported() implements RowOutcome {
    }

    record AlreadyImported() implements RowOutcome {
    }

    record Refused(List<ImportReport.RowError> errors) implements RowOutcome {
    }
}
