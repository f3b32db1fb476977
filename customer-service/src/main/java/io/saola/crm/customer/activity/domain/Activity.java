package io.saola.crm.customer.activity.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.saola.crm.customer.api.ActivityData;
import io.saola.crm.customer.api.ActivityDeleted;
import io.saola.crm.customer.api.ActivityLogged;
import io.saola.crm.customer.api.ActivityMoved;
import io.saola.crm.customer.api.ActivityUpdated;
import io.saola.crm.customer.record.domain.ChangeKind;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.FieldChange;
import io.saola.crm.customer.record.domain.FieldValues;
import io.saola.crm.customer.record.domain.Origin;
import io.saola.crm.customer.record.domain.Ownership;
import io.saola.crm.platform.events.DomainEvent;

/**
 * A call, meeting, note or task on a record. Its kind never changes. It remembers the moves it took part in:
 * a move already applied is not applied again, and reversing one puts the activity back exactly where it was.
 */
public record Activity(String id, ActivityDetails details, Ownership ownership, Instant createdAt, String createdBy,
                       Instant updatedAt, String updatedBy, Instant deletedAt, String deletedBy,
                       List<AppliedMove> moves, long version) {

    public Activity {
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    public static Changed<Activity> log(String id, ActivityDetails details, Ownership ownership, Origin origin) {
        Activity activity = new Activity(id, details, ownership, origin.at(), origin.userId(), origin.at(),
                origin.userId(), null, null, List.of(), 0);
        DomainEvent logged = new ActivityLogged(UUID.randomUUID(), origin.workspace(), id, 0, origin.at(),
                origin.userId(), activity.data());
        return new Changed<>(activity, ChangeKind.CREATED, List.of(logged),
                FieldValues.initial(activity.fieldValues()));
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Edits and reassignment; the kind is fixed and the record it is about changes only by a move. */
    public Changed<Activity> revise(ActivityDetails newDetails, Ownership newOwnership, Origin origin) {
        requireNotDeleted();
        if (newDetails.kind() != details.kind()) {
            throw new IllegalArgumentException("A " + details.kind() + " cannot become a " + newDetails.kind());
        }
        Activity revised = new Activity(id, newDetails.about(details.about()), newOwnership, createdAt, createdBy,
                origin.at(), origin.userId(), null, null, moves, version + 1);
        return updated(revised, origin);
    }

    public Changed<Activity> delete(Origin origin) {
        requireNotDeleted();
        Activity deleted = new Activity(id, details, ownership, createdAt, createdBy, origin.at(), origin.userId(),
                origin.at(), origin.userId(), moves, version + 1);
        DomainEvent event = new ActivityDeleted(UUID.randomUUID(), origin.workspace(), id, deleted.version,
                origin.at(), origin.userId());
        return new Changed<>(deleted, ChangeKind.DELETED, List.of(event), List.of());
    }

    public Changed<Activity> restore(Origin origin) {
        if (!isDeleted()) {
            throw new IllegalStateException("Activity " + id + " is not deleted");
        }
        Activity restored = new Activity(id, details, ownership, createdAt, createdBy, origin.at(), origin.userId(),
                null, null, moves, version + 1);
        DomainEvent event = new ActivityUpdated(UUID.randomUUID(), origin.workspace(), id, restored.version,
                origin.at(), origin.userId(), List.of("deletedAt"), restored.data());
        return new Changed<>(restored, ChangeKind.RESTORED, List.of(event), List.of());
    }

    /**
     * Moves the activity to {@code to} as part of {@code operationId}; empty when that operation was applied
     * already or the activity is no longer about {@code from}.
     */
    public Optional<Changed<Activity>> moveTo(String operationId, RelatedRecord from, RelatedRecord to,
                                              Origin origin) {
        if (applied(operationId).isPresent() || !details.about().equals(from)) {
            return Optional.empty();
        }
        List<AppliedMove> nextMoves = new ArrayList<>(moves);
        nextMoves.add(new AppliedMove(operationId, from, to, false));
        return Optional.of(moved(operationId, false, from, to, nextMoves, origin));
    }

    /** Undoes move {@code operationId}; empty when it never moved this activity or was undone already. */
    public Optional<Changed<Activity>> moveBack(String operationId, Origin origin) {
        Optional<AppliedMove> move = applied(operationId).filter(found -> !found.reversed());
        if (move.isEmpty() || !details.about().equals(move.get().to())) {
            return Optional.empty();
        }
        List<AppliedMove> nextMoves = new ArrayList<>();
        for (AppliedMove each : moves) {
            nextMoves.add(each.operationId().equals(operationId) ? each.reverse() : each);
        }
        return Optional.of(moved(operationId, true, move.get().to(), move.get().from(), nextMoves, origin));
    }

    public ActivityData data() {
        return new ActivityData(details.kind().name(), details.about().reference(), details.subject(),
                details.status().name(), details.at(), ownership.ownerId(), ownership.teamId());
    }

    private Changed<Activity> moved(String operationId, boolean reversal, RelatedRecord from, RelatedRecord to,
                                    List<AppliedMove> nextMoves, Origin origin) {
        Activity moved = new Activity(id, details.about(to), ownership, createdAt, createdBy, origin.at(),
                origin.userId(), deletedAt, deletedBy, nextMoves, version + 1);
        DomainEvent event = new ActivityMoved(UUID.randomUUID(), origin.workspace(), id, moved.version, origin.at(),
                operationId, reversal, from.reference(), to.reference());
        return new Changed<>(moved, ChangeKind.MOVED, List.of(event),
                List.of(new FieldChange("about", from.toString(), to.toString())));
    }

    private Optional<AppliedMove> applied(String operationId) {
        return moves.stream().filter(move -> move.operationId().equals(operationId)).findFirst();
    }

    private Changed<Activity> updated(Activity revised, Origin origin) {
        List<FieldChange> changes = FieldValues.differences(fieldValues(), revised.fieldValues());
        if (changes.isEmpty()) {
            return new Changed<>(this, ChangeKind.UPDATED, List.of(), List.of());
        }
        DomainEvent event = new ActivityUpdated(UUID.randomUUID(), origin.workspace(), id, revised.version,
                origin.at(), origin.userId(), changes.stream().map(FieldChange::field).toList(), revised.data());
        return new Changed<>(revised, ChangeKind.UPDATED, List.of(event), changes);
    }

    private FieldValues fieldValues() {
        return details.fieldValues().put("ownerId", ownership.ownerId()).put("teamId", ownership.teamId());
    }

    private void requireNotDeleted() {
        if (isDeleted()) {
            throw new IllegalStateException("Activity " + id + " is deleted");
        }
    }
}
