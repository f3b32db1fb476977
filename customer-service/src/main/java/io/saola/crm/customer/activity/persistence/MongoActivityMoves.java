package io.saola.crm.customer.activity.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import io.saola.crm.customer.activity.domain.ActivityMove;
import io.saola.crm.customer.activity.domain.ActivityMove.MoveState;
import io.saola.crm.customer.activity.domain.ActivityMoves;
import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.activity.domain.RelatedType;

@Repository
class MongoActivityMoves implements ActivityMoves {

    private final MongoOperations mongo;

    MongoActivityMoves(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ActivityMove> find(String operationId) {
        return Optional.ofNullable(mongo.findOne(byOperation(operationId), ActivityMoveDocument.class))
                .map(MongoActivityMoves::toDomain);
    }

    @Override
    public ActivityMove startOrGet(ActivityMove move) {
        try {
            mongo.insert(new ActivityMoveDocument(UUID.randomUUID().toString(), move.operationId(),
                    move.from().type().name(), move.from().id(), move.to().type().name(), move.to().id(),
                    move.state().name(), move.moved(), move.startedAt(), move.finishedAt()));
            return move;
        } catch (DuplicateKeyException recordedMeanwhile) {
            return find(move.operationId()).orElseThrow(() -> recordedMeanwhile);
        }
    }

    @Override
    public void finish(String operationId, MoveState state, int moved, Instant at) {
        mongo.updateFirst(byOperation(operationId),
                new Update().set("state", state.name()).set("moved", moved).set("finishedAt", at),
                ActivityMoveDocument.class);
    }

    private static Query byOperation(String operationId) {
        return new Query(Criteria.where("operationId").is(operationId));
    }

    private static ActivityMove toDomain(ActivityMoveDocument d) {
        return new ActivityMove(d.operationId(), new RelatedRecord(RelatedType.valueOf(d.fromType()), d.fromId()),
                new RelatedRecord(RelatedType.valueOf(d.toType()), d.toId()), MoveState.valueOf(d.state()),
                d.moved(), d.startedAt(), d.finishedAt());
    }
}
