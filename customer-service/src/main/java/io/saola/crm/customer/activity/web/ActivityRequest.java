package io.saola.crm.customer.activity.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.saola.crm.customer.activity.domain.ActivityDetails;
import io.saola.crm.customer.activity.domain.ActivityStatus;
import io.saola.crm.customer.activity.domain.CallDirection;
import io.saola.crm.customer.activity.domain.RelatedRecord;
import io.saola.crm.customer.activity.domain.TaskPriority;

/**
 * A call, meeting, note or task as a client logs or edits it, told apart by {@code kind}. {@code about} is
 * required when logging and ignored when editing (activities change record only by a move).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ActivityRequest.Call.class, name = "CALL"),
        @JsonSubTypes.Type(value = ActivityRequest.Meeting.class, name = "MEETING"),
        @JsonSubTypes.Type(value = ActivityRequest.Note.class, name = "NOTE"),
        @JsonSubTypes.Type(value = ActivityRequest.Task.class, name = "TASK")})
sealed interface ActivityRequest {

    RelatedRecordBody about();

    String ownerId();

    String teamId();

    Long version();

    /** The details, about {@code record}; {@code now} is when a note without a time was written. */
    ActivityDetails details(RelatedRecord record, Instant now);

    record Call(@NotBlank @Size(max = 200) String subject, @Size(max = 4000) String description,
                @Valid RelatedRecordBody about, @NotNull Instant at, Boolean done, @NotNull CallDirection direction,
                @PositiveOrZero @Max(86_400) Integer durationSeconds, @Size(max = 500) String outcome,
                @Size(max = 64) String ownerId, @Size(max = 64) String teamId, Long version)
            implements ActivityRequest {

        @Override
        public ActivityDetails details(RelatedRecord record, Instant now) {
            return ActivityDetails.call(subject, description, record, at, Boolean.TRUE.equals(done), direction,
                    durationSeconds, outcome);
        }
    }

    record Meeting(@NotBlank @Size(max = 200) String subject, @Size(max = 4000) String description,
                   @Valid RelatedRecordBody about, @NotNull Instant startAt, Instant endAt,
                   @Size(max = 300) String location, @Size(max = 50) List<@NotBlank @Size(max = 200) String> participants,
                   Boolean done, @Size(max = 64) String ownerId, @Size(max = 64) String teamId, Long version)
            implements ActivityRequest {

        @AssertTrue(message = "must not be before startAt")
        boolean isEndAt() {
            return startAt == null || endAt == null || !endAt.isBefore(startAt);
        }

        @Override
        public ActivityDetails details(RelatedRecord record, Instant now) {
            return ActivityDetails.meeting(subject, description, record, startAt, endAt, location, participants,
                    Boolean.TRUE.equals(done));
        }
    }

    record Note(@NotBlank @Size(max = 200) String subject, @Size(max = 10_000) String description,
                @Valid RelatedRecordBody about, Instant at, Boolean done, @Size(max = 64) String ownerId,
                @Size(max = 64) String teamId, Long version) implements ActivityRequest {

        @Override
        public ActivityDetails details(RelatedRecord record, Instant now) {
            return ActivityDetails.note(subject, description, record, at == null ? now : at,
                    done == null || done);
        }
    }

    record Task(@NotBlank @Size(max = 200) String subject, @Size(max = 4000) String description,
                @Valid RelatedRecordBody about, @NotNull Instant dueAt, TaskPriority priority, ActivityStatus status,
                @Size(max = 64) String ownerId, @Size(max = 64) String teamId, Long version)
            implements ActivityRequest {

        @Override
        public ActivityDetails details(RelatedRecord record, Instant now) {
            return ActivityDetails.task(subject, description, record, dueAt, priority, status);
        }
    }
}
