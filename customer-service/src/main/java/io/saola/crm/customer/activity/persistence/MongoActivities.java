package io.saola.crm.customer.activity.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import io.saola.crm.customer.activity.application.ActivityLists;
import io.saola.crm.customer.activity.domain.Activities;
import io.saola.crm.customer.activity.domain.Activity;
import io.saola.crm.customer.activity.domain.ActivityDetails;
import io.saola.crm.customer.activity.domain.ActivityKind;
import io.saola.crm.customer.activity.domain.ActivityStatus;
import io.saola.crm.customer.activity.domain.AppliedMove;
import io.saola.crm.customer.activity.domain.CallDirection;
import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.activity.domain.RelatedType;
import io.saola.crm.customer.activity.domain.TaskPriority;
import io.saola.crm.customer.activity.persistence.ActivityDocument.MoveDocument;
import io.saola.crm.customer.api.CustomerTopics;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.Ownership;
import io.saola.crm.customer.record.persistence.VersionedDocuments;
import io.saola.crm.customer.search.domain.SearchKeys;
import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;

@Repository
class MongoActivities implements Activities, ActivityLists {

    private final MongoOperations mongo;
    private final VersionedDocuments documents;
    private final MongoListQueries lists;

    MongoActivities(MongoOperations mongo, VersionedDocuments documents, MongoListQueries lists) {
        this.mongo = mongo;
        this.documents = documents;
        this.lists = lists;
    }

    @Override
    public Optional<Activity> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ActivityDocument.class)).map(MongoActivities::toDomain);
    }

    @Override
    public void store(Changed<Activity> change) {
        Activity activity = change.state();
        documents.store(ActivityDocument.class, "activity", activity.id(), activity.version(),
                CustomerTopics.ACTIVITY, change.events(), ActivityDocument::version,
                (pending, stored) -> toDocument(activity, pending, stored));
    }

    @Override
    public List<Activity> about(RelatedRecord record, String afterId, int limit) {
        Criteria about = Criteria.where("aboutType").is(record.type().name()).and("aboutId").is(record.id());
        return batch(about, afterId, limit);
    }

    @Override
    public List<Activity> movedBy(String operationId, String afterId, int limit) {
        return batch(movedBy(operationId), afterId, limit);
    }

    @Override
    public long countMovedBy(String operationId) {
        return mongo.count(new Query(movedBy(operationId)), ActivityDocument.class);
    }

    private static Criteria movedBy(String operationId) {
        return Criteria.where("moves").elemMatch(Criteria.where("operationId").is(operationId).and("reversed")
                .is(false));
    }

    private List<Activity> batch(Criteria criteria, String afterId, int limit) {
        Criteria page = afterId == null ? criteria : new Criteria().andOperator(criteria,
                Criteria.where("_id").gt(afterId));
        Query query = new Query(page).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, ActivityDocument.class).stream().map(MongoActivities::toDomain).toList();
    }

    @Override
    public Page<Activity> page(Criteria scope, ListRequest request, FilterableFields fields) {
        return lists.page(ActivityDocument.class, scope, request, fields).map(MongoActivities::toDomain);
    }

    static Activity toDomain(ActivityDocument d) {
        RelatedRecord about = new RelatedRecord(RelatedType.valueOf(d.aboutType()), d.aboutId());
        ActivityDetails details = new ActivityDetails(ActivityKind.valueOf(d.kind()), d.subject(), d.description(),
                about, d.at(), d.done(), d.direction() == null ? null : CallDirection.valueOf(d.direction()),
                d.durationSeconds(), d.outcome(), d.endAt(), d.location(), d.participants(),
                d.priority() == null ? null : TaskPriority.valueOf(d.priority()),
                ActivityKind.valueOf(d.kind()) == ActivityKind.TASK ? ActivityStatus.valueOf(d.status()) : null);
        List<AppliedMove> moves = d.moves() == null ? List.of() : d.moves().stream()
                .map(m -> new AppliedMove(m.operationId(), new RelatedRecord(RelatedType.valueOf(m.fromType()),
                        m.fromId()), new RelatedRecord(RelatedType.valueOf(m.toType()), m.toId()), m.reversed()))
                .toList();
        return new Activity(d.id(), details, new Ownership(d.ownerId(), d.teamId()), d.createdAt(), d.createdBy(),
                d.updatedAt(), d.updatedBy(), d.deletedAt(), d.deletedBy(), moves,
                d.version() == null ? 0 : d.version());
    }

    private static ActivityDocument toDocument(Activity a, List<OutboxRecord> pending, Long storedVersion) {
        ActivityDetails d = a.details();
        List<MoveDocument> moves = a.moves().stream()
                .map(m -> new MoveDocument(m.operationId(), m.from().type().name(), m.from().id(),
                        m.to().type().name(), m.to().id(), m.reversed()))
                .toList();
        return new ActivityDocument(a.id(), d.kind().name(), d.subject(), d.description(), d.about().type().name(),
                d.about().id(), d.at(), d.done(), d.status().name(),
                d.direction() == null ? null : d.direction().name(), d.durationSeconds(), d.outcome(), d.endAt(),
                d.location(), d.participants(), d.priority() == null ? null : d.priority().name(),
                a.ownership().ownerId(), a.ownership().teamId(), a.createdAt(), a.createdBy(), a.updatedAt(),
                a.updatedBy(), a.deletedAt(), a.deletedBy(), moves, SearchKeys.builder().name(d.subject()).build(),
                pending, storedVersion);
    }
}
