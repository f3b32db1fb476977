package io.saola.crm.customer.activity.domain;

import java.time.Instant;
import java.util.Optional;

/** The move operations of the current workspace, one per operation id. */
public interface ActivityMoves {

    Optional<ActivityMove> find(String operationId);

    /** Records a new operation; returns the one already recorded under its id instead, if any. */
    ActivityMove startOrGet(ActivityMove move);

    void finish(String operationId, ActivityMove.MoveState state, int moved, Instant at);
}
