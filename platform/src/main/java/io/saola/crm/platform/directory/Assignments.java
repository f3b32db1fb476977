package io.saola.crm.platform.directory;

import io.saola.crm.platform.web.InvalidFieldsException;

/**
 * The one check that an owner or team a client names belongs to the current workspace: an owner must be an
 * active member, a team a live team, as the {@link WorkspaceDirectory} knows them. Only client input is
 * checked this way; records that follow from events keep the owner they were given.
 */
public class Assignments {

    private final WorkspaceDirectory directory;

    public Assignments(WorkspaceDirectory directory) {
        this.directory = directory;
    }

    /** 422 naming {@code field} unless {@code userId} is null or an active member of the current workspace. */
    public void requireOwner(String field, String userId) {
        if (userId != null && !directory.isActiveMember(userId)) {
            throw InvalidFieldsException.of(field, "is not an active member of this workspace");
        }
    }

    /** 422 naming {@code field} unless {@code teamId} is null or a team of the current workspace. */
    public void requireTeam(String field, String teamId) {
        if (teamId != null && !directory.isTeam(teamId)) {
            throw InvalidFieldsException.of(field, "is not a team of this workspace");
        }
    }
}
