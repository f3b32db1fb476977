package io.saola.crm.platform.directory;

import java.util.ArrayList;
import java.util.List;

import io.saola.crm.platform.web.InvalidFieldsException;
import io.saola.crm.platform.web.ProblemError;

/**
 * The one check that an owner or team a client names belongs to the current workspace: an owner must be an
 * active member, a team a live team, as the {@link MemberDirectory} knows them. Only client input is
 * checked this way; records that follow from events keep the owner they were given.
 */
public class Assignments {

    static final String NOT_A_MEMBER = "is not an active member of this workspace";
    static final String NOT_A_TEAM = "is not a team of this workspace";

    private final MemberDirectory directory;

    public Assignments(MemberDirectory directory) {
        this.directory = directory;
    }

    /** 422 naming {@code field} unless {@code userId} is null or an active member of the current workspace. */
    public void requireOwner(String field, String userId) {
        require(field, userId, null, null);
    }

    /** 422 naming {@code field} unless {@code teamId} is null or a team of the current workspace. */
    public void requireTeam(String field, String teamId) {
        require(null, null, field, teamId);
    }

    /** Both checks at once, so that a request naming a bad owner and a bad team hears of both (one 422). */
    public void require(String ownerField, String userId, String teamField, String teamId) {
        List<ProblemError> errors = new ArrayList<>(2);
        if (userId != null && !directory.isActiveMember(userId)) {
            errors.add(ProblemError.of(ownerField, NOT_A_MEMBER, userId));
        }
        if (teamId != null && !directory.isTeam(teamId)) {
            errors.add(ProblemError.of(teamField, NOT_A_TEAM, teamId));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }
}
