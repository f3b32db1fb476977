package io.saola.crm.customer.activity.domain;

import java.util.List;
import java.util.Optional;

import io.saola.crm.customer.record.domain.Changed;

/** The stored activities of the current workspace. */
public interface Activities {

    Optional<Activity> find(String id);

    void store(Changed<Activity> change);

    /** Up to {@code limit} activities about {@code record} (deleted ones included) with ids after {@code afterId}. */
    List<Activity> about(RelatedRecord record, String afterId, int limit);

    /**
     * Up to {@code limit} activities, with ids after {@code afterId}, that move {@code operationId} took to
     * another record and not back.
     */
    List<Activity> movedBy(String operationId, String afterId, int limit);

    long countMovedBy(String operationId);
}
