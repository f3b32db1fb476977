package io.saola.crm.customer.transfer.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.saola.crm.customer.transfer.application.ImportJob;
import io.saola.crm.customer.transfer.application.ImportReport;

/** An import job as clients see it: {@code rows} in the file, {@code rowsDone} so far, {@code imported} = created. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportJobView(String id, String recordType, String state, long rows, long rowsDone, long imported,
                     long alreadyImported, long failed, List<ImportReport.RowError> errors, boolean errorsTruncated,
                     String failure, String requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.recordType().name(), job.state().name(), job.rows(), job.rowsDone(),
                job.imported(), job.alreadyImported(), job.failed(), job.errors(), job.errorsTruncated(),
                job.failure(), job.requestedBy(), job.createdAt(), job.startedAt(), job.finishedAt());
    }
}
