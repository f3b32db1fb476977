package io.saola.crm.customer.record.application;

import java.util.Objects;

import org.springframework.stereotype.Component;

import io.saola.crm.customer.record.domain.Ownership;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.WorkspaceMember;

/**
 * Who a record is created for or reassigned to, checked with the platform's access rules: by default the
 * member themselves, counted for their team when they have exactly one (or the first, by name, of several).
 */
@Component
public class Owners {

    private final Access access;

    Owners(Access access) {
        this.access = access;
    }

    public Ownership forNew(WorkspaceMember member, RecordType type, String ownerId, String teamId) {
        Ownership ownership = defaulted(member, ownerId, teamId);
        access.requireAssignable(member, type, Action.CREATE, ownership.ownerId(), ownership.teamId());
        return ownership;
    }

    /** The ownership after an update: unchanged when the request names no owner. */
    public Ownership forUpdate(WorkspaceMember member, RecordType type, Ownership current, String ownerId,
                               String teamId) {
        if ((ownerId == null || ownerId.isBlank()) && teamId == null) {
            return current;
        }
        String owner = ownerId == null || ownerId.isBlank() ? current.ownerId() : ownerId;
        String team = teamId != null ? teamId : Objects.equals(owner, current.ownerId()) ? current.teamId()
                : defaultTeam(member, owner);
        Ownership next = new Ownership(owner, team);
        if (!next.equals(current)) {
            access.requireAssignable(member, type, Action.UPDATE, current, next.ownerId(), next.teamId());
        }
        return next;
    }

    private static Ownership defaulted(WorkspaceMember member, String ownerId, String teamId) {
        String owner = ownerId == null || ownerId.isBlank() ? member.userId() : ownerId;
        return new Ownership(owner, teamId != null ? teamId : defaultTeam(member, owner));
    }

    private static String defaultTeam(WorkspaceMember member, String owner) {
        if (!owner.equals(member.userId())) {
            return null;
        }
        return member.teams().stream().sorted().findFirst().orElse(null);
    }
}
