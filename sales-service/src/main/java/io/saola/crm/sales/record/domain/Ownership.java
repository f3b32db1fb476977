package io.saola.crm.sales.record.domain;

import io.saola.crm.platform.access.OwnedRecord;

/** Whose record it is: the owning member and the team it counts for (may be null). */
public record Ownership(String ownerId, String teamId) implements OwnedRecord {

    public Ownership {
        if (ownerId == null || ownerId.isBlank()) {
            throw new IllegalArgumentException("A record needs an owner");
        }
        teamId = teamId == null || teamId.isBlank() ? null : teamId;
    }
}
