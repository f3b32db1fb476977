package io.saola.crm.customer.activity.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import io.saola.crm.customer.activity.domain.Activities;
import io.saola.crm.customer.activity.domain.Activity;
import io.saola.crm.customer.activity.domain.ActivityMove;
import io.saola.crm.customer.activity.domain.ActivityMove.MoveState;
import io.saola.crm.customer.activity.domain.ActivityMoves;
import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.history.application.RecordHistory;
import io.saola.crm.customer.record.application.InvalidFieldException;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.AccessScope;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.ForbiddenOperationException;
import io.saola.crm.platform.web.InvalidStateTransitionException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;

/**
 * Moves every activity of one record to another (a converted lead's to its new account), keyed by an operation
 * id so that running it again does nothing twice, and moves them back as its compensation. Each activity is
 * its own write with its own {@code ActivityMoved} event; an interrupted move resumes where it stopped when
 * replayed. Reversal before the move ever ran leaves a mark, so that a late replay moves nothing.
 */
@Service
public class MovingActivities {

    static final int BATCH = 200;
    private static final int ATTEMPTS = 3;

    private final Activities activities;
    private final ActivityMoves moves;
    private final Access access;
    private final RecordHistory history;
    private final Clock clock;

    MovingActivities(Activities activities, ActivityMoves moves, Access access, RecordHistory history,
                     Clock clock) {
        this.activities = activities;
        this.moves = moves;
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    /** A member asking for a move: only someone who may update every activity of the workspace. */
    public ActivityMove move(WorkspaceMember member, String operationId, RelatedRecord from, RelatedRecord to) {
        requireWorkspaceWide(member);
        return move(operationId, from, to, origin(member));
    }

    public ActivityMove moveBack(WorkspaceMember member, String operationId, RelatedRecord from,
                                 RelatedRecord to) {
        requireWorkspaceWide(member);
        return moveBack(operationId, from, to, origin(member));
    }

    public ActivityMove move(String operationId, RelatedRecord from, RelatedRecord to, Origin origin) {
        if (from.equals(to)) {
            throw new InvalidFieldException("to", "must be another record than from", to.toString());
        }
        ActivityMove move = moves.startOrGet(new ActivityMove(operationId, from, to, MoveState.IN_PROGRESS, 0,
                origin.at(), null));
        if (!move.sameAs(from, to)) {
            throw new InvalidStateTransitionException("activity move", operationId, move.from() + " -> " + move.to(),
                    from + " -> " + to, "Operation '" + operationId + "' already moves activities from "
                    + move.from() + " to " + move.to() + "; use a new operation id for another move.");
        }
        if (move.state() != MoveState.IN_PROGRESS) {
            return move;
        }
        String after = null;
        List<Activity> batch;
        do {
            batch = activities.about(from, after, BATCH);
            for (Activity activity : batch) {
                apply(activity, current -> current.moveTo(operationId, from, to, origin), origin);
                after = activity.id();
            }
        } while (batch.size() == BATCH);
        return finish(move, MoveState.DONE, origin);
    }

    /**
     * Undoes a move. For an operation never seen, {@code from} and {@code to} (as given to the move) record it as
     * reversed so a late move does nothing; without them it is unknown (404).
     */
    public ActivityMove moveBack(String operationId, RelatedRecord from, RelatedRecord to, Origin origin) {
        Optional<ActivityMove> known = moves.find(operationId);
        if (known.isEmpty()) {
            if (from == null || to == null) {
                throw new RecordNotFoundException("activity move", operationId);
            }
            ActivityMove tombstone = moves.startOrGet(new ActivityMove(operationId, from, to, MoveState.REVERSED, 0,
                    origin.at(), origin.at()));
            if (tombstone.state() == MoveState.REVERSED) {
                return tombstone;
            }
            known = Optional.of(tombstone);
        }
        ActivityMove move = known.get();
        if (move.state() == MoveState.REVERSED) {
            return move;
        }
        String after = null;
        List<Activity> batch;
        do {
            batch = activities.movedBy(operationId, after, BATCH);
            for (Activity activity : batch) {
                apply(activity, current -> current.moveBack(operationId, origin), origin);
                after = activity.id();
            }
        } while (batch.size() == BATCH);
        return finish(move, MoveState.REVERSED, origin);
    }

    /** How many activities move {@code operationId} has taken to another record and not back. */
    public int countMoved(String operationId) {
        return (int) activities.countMovedBy(operationId);
    }

    private ActivityMove finish(ActivityMove move, MoveState state, Origin origin) {
        int moved = (int) activities.countMovedBy(move.operationId());
        moves.finish(move.operationId(), state, moved, origin.at());
        return new ActivityMove(move.operationId(), move.from(), move.to(), state, moved, move.startedAt(),
                origin.at());
    }

    /** Applies a move to one activity, reloading it when someone changed it meanwhile. */
    private void apply(Activity activity, Function<Activity, Optional<Changed<Activity>>> change, Origin origin) {
        Activity current = activity;
        for (int attempt = 1; ; attempt++) {
            Optional<Changed<Activity>> moved = change.apply(current);
            if (moved.isEmpty()) {
                return;
            }
            try {
                activities.store(moved.get());
                Activity stored = moved.get().state();
                history.record(RecordType.ACTIVITY, stored.id(), stored.version(), moved.get(), origin);
                return;
            } catch (VersionConflictException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
                current = activities.find(activity.id()).orElseThrow(() -> changedMeanwhile);
            }
        }
    }

    private void requireWorkspaceWide(WorkspaceMember member) {
        if (access.require(member, RecordType.ACTIVITY, Action.UPDATE) != AccessScope.ALL) {
            throw new ForbiddenOperationException("Moving all activities of a record needs the right to update "
                    + "every activity of the workspace.");
        }
    }

    private Origin origin(WorkspaceMember member) {
        return new Origin(member.workspace().slug(), member.userId(), clock.instant());
    }
}
