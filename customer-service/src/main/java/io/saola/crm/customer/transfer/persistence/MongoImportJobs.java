package io.saola.crm.customer.transfer.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import io.saola.crm.customer.transfer.application.ImportJob;
import io.saola.crm.customer.transfer.application.ImportJobs;
import io.saola.crm.customer.transfer.application.ImportReport;
import io.saola.crm.customer.transfer.application.ImportState;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.jobs.ExpiredLeases;
import io.saola.crm.platform.tenancy.WorkspaceContext;

@Repository
class MongoImportJobs implements ImportJobs {

    private static final int ABANDONED_PER_ROUND = 100;

    private final MongoOperations mongo;
    private final ExpiredLeases leases;

    MongoImportJobs(MongoOperations mongo) {
        this.mongo = mongo;
        this.leases = new ExpiredLeases(mongo);
    }

    @Override
    public void add(ImportJob job, String owner, Instant leaseUntil) {
        mongo.insert(new ImportJobDocument(job.id(), job.recordType().name(), job.fingerprint(),
                job.confirmDuplicates(), job.state().name(), job.requestedBy(), job.rows(), job.rowsDone(),
                job.imported(), job.alreadyImported(), job.failed(), job.errors(), job.errorsTruncated(),
                job.failure(), job.createdAt(), job.startedAt(), job.finishedAt(),
                new ImportJobDocument.Lease(owner, leaseUntil)));
    }

    @Override
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJobDocument.class)).map(MongoImportJobs::job);
    }

    @Override
    public Optional<ImportJob> latest(String fingerprint, Instant since) {
        Query query = new Query(Criteria.where("fingerprint").is(fingerprint).and("createdAt").gt(since)
                .and("state").ne(ImportState.FAILED.name()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, ImportJobDocument.class)).map(MongoImportJobs::job);
    }

    @Override
    public void remove(String id) {
        mongo.remove(new Query(Criteria.where("_id").is(id)), ImportJobDocument.class);
    }

    @Override
    public boolean start(String id, String owner, Instant at) {
        return update(held(id, owner).and("state").is(ImportState.QUEUED.name()),
                new Update().set("state", ImportState.RUNNING.name()).set("startedAt", at));
    }

    @Override
    public boolean renew(String id, String owner, Instant leaseUntil) {
        return update(held(id, owner), new Update().set(ExpiredLeases.EXPIRES_AT, leaseUntil));
    }

    @Override
    public boolean progress(String id, String owner, ImportJob.Progress progress,
                            List<ImportReport.RowError> newErrors) {
        return update(held(id, owner), counts(progress, newErrors));
    }

    @Override
    public boolean finish(String id, String owner, ImportState state, ImportJob.Progress progress,
                          List<ImportReport.RowError> newErrors, String failure, Instant at) {
        Update update = counts(progress, newErrors).set("state", state.name()).set("finishedAt", at)
                .unset(ExpiredLeases.LEASE);
        if (failure != null) {
            update.set("failure", failure);
        }
        return update(held(id, owner), update);
    }

    @Override
    public int failAbandoned(Instant now, String failure) {
        int failed = 0;
        for (ExpiredLeases.Expired expired : leases.in(ImportJobDocument.COLLECTION, now, ABANDONED_PER_ROUND)) {
            Query abandoned = new Query(Criteria.where("_id").is(expired.id()).and(ExpiredLeases.EXPIRES_AT).lt(now)
                    .and("state").in(ImportState.QUEUED.name(), ImportState.RUNNING.name()));
            Update fail = new Update().set("state", ImportState.FAILED.name()).set("failure", failure)
                    .set("finishedAt", now).unset(ExpiredLeases.LEASE);
            if (WorkspaceContext.callAs(expired.workspace(),
                    () -> mongo.updateFirst(abandoned, fail, ImportJobDocument.class).getModifiedCount() > 0)) {
                failed++;
            }
        }
        return failed;
    }

    private static Criteria held(String id, String owner) {
        return Criteria.where("_id").is(id).and(ExpiredLeases.OWNER).is(owner);
    }

    private static Update counts(ImportJob.Progress progress, List<ImportReport.RowError> newErrors) {
        Update update = new Update().set("rowsDone", progress.rowsDone()).set("imported", progress.imported())
                .set("alreadyImported", progress.alreadyImported()).set("failed", progress.failed())
                .set("errorsTruncated", progress.errorsTruncated());
        if (!newErrors.isEmpty()) {
            update.push("errors").each(newErrors.toArray());
        }
        return update;
    }

    private boolean update(Criteria criteria, Update update) {
        return mongo.updateFirst(new Query(criteria), update, ImportJobDocument.class).getMatchedCount() > 0;
    }

    private static ImportJob job(ImportJobDocument d) {
        return new ImportJob(d.id(), RecordType.valueOf(d.recordType()), d.fingerprint(), d.confirmDuplicates(),
                ImportState.valueOf(d.state()), d.requestedBy(), d.rows(), d.rowsDone(), d.imported(),
                d.alreadyImported(), d.failed(), d.errors(), d.errorsTruncated(), d.failure(), d.createdAt(),
                d.startedAt(), d.finishedAt());
    }
}
