package io.saola.crm.customer.transfer.application;

import java.util.List;

/**
 * The outcome of an import: rows read, created, skipped because an identical row was imported before, and
 * refused, with the first {@value #MAX_ERRORS} errors (row = line number in the file, field = column).
 */
public record ImportReport(long rows, long imported, long alreadyImported, long failed, List<RowError> errors,
                           boolean errorsTruncated) {

    public static final int MAX_ERRORS = 1000;

    public record RowError(long row, String field, String message) {
    }
}
