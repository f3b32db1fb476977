package io.saola.crm.salesdata.ownership;

import io.saola.crm.platform.security.WorkspaceMember;

/**
 * Who a new sales document belongs to: the owner asked for, else the member creating it; the team asked for, else
 * the creator's team when they are in exactly one. The permission check itself is the platform's.
 */
public record Ownership(String ownerId, String teamId) {

    public static Ownership of(WorkspaceMember member, String requestedOwner, String requestedTeam) {
        String owner = requestedOwner == null || requestedOwner.isBlank() ? member.userId() : requestedOwner;
        String team = requestedTeam;
        if (team == null || team.isBlank()) {
            team = member.teams().size() == 1 && owner.equals(member.userId()) ? member.teams().iterator().next()
                    : null;
        }
        return new Ownership(owner, team);
    }
}
