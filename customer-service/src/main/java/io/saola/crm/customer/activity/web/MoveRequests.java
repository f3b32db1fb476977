package io.saola.crm.customer.activity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.saola.crm.customer.activity.domain.ActivityMove;

/** Bodies of the move endpoints and their answer. */
final class MoveRequests {

    private MoveRequests() {
    }

    record MoveRequest(@NotBlank @Size(max = 100) String operationId, @NotNull @Valid RelatedRecordBody from,
                       @NotNull @Valid RelatedRecordBody to) {
    }

    /** Optional: names the move when reversing one this service may never have seen. */
    record ReversalRequest(@Valid RelatedRecordBody from, @Valid RelatedRecordBody to) {
    }

    record AssignmentRequest(@Size(max = 64) String ownerId, @Size(max = 64) String teamId, Long version) {
    }

    record MoveView(String operationId, RelatedRecordBody from, RelatedRecordBody to, String state, int moved) {

        static MoveView of(ActivityMove move) {
            return new MoveView(move.operationId(), RelatedRecordBody.of(move.from()), RelatedRecordBody.of(move.to()),
                    move.state().name(), move.moved());
        }
    }
}
