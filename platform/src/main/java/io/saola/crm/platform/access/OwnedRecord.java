package io.saola.crm.platform.access;

/**
 * A record that belongs to a member: {@code ownerId} is the member's user id, {@code teamId} the team the record
 * counts for (the owner's team when it was assigned; may be null). Scoped access is decided on these two.
 */
public interface OwnedRecord {

    String OWNER_FIELD = "ownerId";
    String TEAM_FIELD = "teamId";

    String ownerId();

    String teamId();
}
