package io.saola.crm.customer.activity.domain;

import java.time.Instant;

/**
 * One "move all activities of a record to another" operation, known by the id its caller chose (for the
 * conversion saga: the conversion's id). Replaying it does nothing twice; reversing it before it ran leaves a
 * REVERSED mark so that a late replay moves nothing.
 */
public record ActivityMove(String operationId, RelatedRecord from, RelatedRecord to, MoveState state, int moved,
                           Instant startedAt, Instant finishedAt) {

    public enum MoveState {
        IN_PROGRESS, DONE, REVERSED
    }

    public boolean sameAs(RelatedRecord otherFrom, RelatedRecord otherTo) {
        return from.equals(otherFrom) && to.equals(otherTo);
    }
}
