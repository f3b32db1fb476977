package io.saola.crm.sales.record.domain;

import java.time.Instant;

/**
 * When and by whom a record was created, last changed and (soft) deleted. A deleted record keeps its data and
 * refuses edits until restored.
 */
public record Stamps(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant deletedAt,
                     String deletedBy) {

    public static Stamps created(Origin origin) {
        return new Stamps(origin.at(), origin.userId(), origin.at(), origin.userId(), null, null);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Stamps updated(Origin origin) {
        return new Stamps(createdAt, createdBy, origin.at(), origin.userId(), deletedAt, deletedBy);
    }

    public Stamps deleted(Origin origin) {
        return new Stamps(createdAt, createdBy, origin.at(), origin.userId(), origin.at(), origin.userId());
    }

    public Stamps restored(Origin origin) {
        return new Stamps(createdAt, createdBy, origin.at(), origin.userId(), null, null);
    }
}
