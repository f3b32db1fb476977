package io.saola.crm.customer.activity.web;

import java.time.Instant;
import java.util.List;

import io.saola.crm.customer.activity.domain.Activity;
import io.saola.crm.customer.activity.domain.ActivityDetails;

/** An activity as clients read it, with the Vietnamese labels of its kind and status. */
record ActivityView(String id, String kind, String kindLabel, String subject, String description,
                    RelatedRecordBody about, Instant at, String status, String statusLabel, boolean done,
                    String direction, Integer durationSeconds, String outcome, Instant endAt, String location,
                    List<String> participants, String priority, String ownerId, String teamId, Instant createdAt,
                    String createdBy, Instant updatedAt, String updatedBy, Instant deletedAt, long version) {

    static ActivityView of(Activity activity) {
        ActivityDetails d = activity.details();
        return new ActivityView(activity.id(), d.kind().name(), d.kind().label(), d.subject(), d.description(),
                RelatedRecordBody.of(d.about()), d.at(), d.status().name(), d.status().label(), d.done(),
                d.direction() == null ? null : d.direction().name(), d.durationSeconds(), d.outcome(), d.endAt(),
                d.location(), d.participants(), d.priority() == null ? null : d.priority().name(),
                activity.ownership().ownerId(), activity.ownership().teamId(), activity.createdAt(),
                activity.createdBy(), activity.updatedAt(), activity.updatedBy(), activity.deletedAt(),
                activity.version());
    }
}
