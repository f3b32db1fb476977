package io.saola.crm.customer.activity.domain;

import java.time.Instant;
import java.util.List;

import io.saola.crm.customer.record.domain.FieldValues;

/**
 * What a user records about an activity. {@code at} places it on the timeline: when the call was (or is
 * planned), when the meeting starts, when the note was written, when the task is due. Fields of other kinds
 * stay empty. Build it with {@link #call}, {@link #meeting}, {@link #note} or {@link #task}.
 */
public record ActivityDetails(ActivityKind kind, String subject, String description, RelatedRecord about,
                              Instant at, boolean done, CallDirection direction, Integer durationSeconds,
                              String outcome, Instant endAt, String location, List<String> participants,
                              TaskPriority priority, ActivityStatus taskStatus) {

    public ActivityDetails {
        if (kind == null || about == null || at == null) {
            throw new IllegalArgumentException("An activity needs a kind, a record and a time");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An activity needs a subject");
        }
        subject = subject.strip();
        description = trim(description);
        outcome = trim(outcome);
        location = trim(location);
        participants = participants == null ? List.of() : List.copyOf(participants);
        if (endAt != null && endAt.isBefore(at)) {
            throw new IllegalArgumentException("A meeting cannot end before it starts");
        }
        if (durationSeconds != null && durationSeconds < 0) {
            throw new IllegalArgumentException("A duration cannot be negative");
        }
    }

    public static ActivityDetails call(String subject, String description, RelatedRecord about, Instant at,
                                       boolean done, CallDirection direction, Integer durationSeconds,
                                       String outcome) {
        if (direction == null) {
            throw new IllegalArgumentException("A call needs a direction");
        }
        return new ActivityDetails(ActivityKind.CALL, subject, description, about, at, done, direction,
                durationSeconds, outcome, null, null, null, null, null);
    }

    public static ActivityDetails meeting(String subject, String description, RelatedRecord about, Instant startAt,
                                          Instant endAt, String location, List<String> participants, boolean done) {
        return new ActivityDetails(ActivityKind.MEETING, subject, description, about, startAt, done, null, null,
                null, endAt, location, participants, null, null);
    }

    public static ActivityDetails note(String subject, String description, RelatedRecord about, Instant at,
                                       boolean done) {
        return new ActivityDetails(ActivityKind.NOTE, subject, description, about, at, done, null, null, null,
                null, null, null, null, null);
    }

    public static ActivityDetails task(String subject, String description, RelatedRecord about, Instant dueAt,
                                       TaskPriority priority, ActivityStatus status) {
        return new ActivityDetails(ActivityKind.TASK, subject, description, about, dueAt,
                status == ActivityStatus.COMPLETED, null, null, null, null, null, null,
                priority == null ? TaskPriority.NORMAL : priority, status == null ? ActivityStatus.PLANNED : status);
    }

    /** Ticking "done" makes a call, meeting or note Completed ("Hoàn thành"), else Planned ("Lên kế hoạch"). */
    public ActivityStatus status() {
        if (kind == ActivityKind.TASK) {
            return taskStatus;
        }
        return done ? ActivityStatus.COMPLETED : ActivityStatus.PLANNED;
    }

    ActivityDetails about(RelatedRecord record) {
        return new ActivityDetails(kind, subject, description, record, at, done, direction, durationSeconds,
                outcome, endAt, location, participants, priority, taskStatus);
    }

    FieldValues fieldValues() {
        return new FieldValues().put("kind", kind).put("subject", subject).put("description", description)
                .put("about", about).put("at", at).put("status", status()).put("direction", direction)
                .put("durationSeconds", durationSeconds).put("outcome", outcome).put("endAt", endAt)
                .put("location", location)
                .put("participants", participants.isEmpty() ? null : String.join(", ", participants))
                .put("priority", priority);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
