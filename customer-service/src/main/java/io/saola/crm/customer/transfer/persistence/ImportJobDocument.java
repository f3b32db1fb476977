package io.saola.crm.customer.transfer.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.customer.transfer.application.ImportReport;

/**
 * An import job as stored. {@code lease} is there only while the job is queued or running; the partial index
 * {@code leased} covers just those documents, for the search for abandoned jobs across workspaces.
 */
@Document(ImportJobDocument.COLLECTION)
@CompoundIndex(name = "fingerprint_created", def = "{'tenantId': 1, 'fingerprint': 1, 'createdAt': -1}")
@CompoundIndex(name = "leased", def = "{'tenantId': 1, '_id': 1}",
        partialFilter = "{'lease.expiresAt': {'$exists': true}}")
record ImportJobDocument(@Id String id, String recordType, String fingerprint, boolean confirmDuplicates,
                         String state, String requestedBy, long rows, long rowsDone, long imported,
                         long alreadyImported, long failed, List<ImportReport.RowError> errors,
                         boolean errorsTruncated, String failure, Instant createdAt, Instant startedAt,
                         Instant finishedAt, Lease lease) {

    static final String COLLECTION = "import_jobs";

    record Lease(String owner, Instant expiresAt) {
    }
}
