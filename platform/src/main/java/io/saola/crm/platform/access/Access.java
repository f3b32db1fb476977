package io.saola.crm.platform.access;

import java.util.Objects;
import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.platform.directory.Assignments;
import io.saola.crm.platform.list.InvalidListQueryException;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.ForbiddenOperationException;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * The one place services ask what a member may do. Built on the {@link PermissionMatrix}; every service gets it
 * as a bean and calls it from its application layer, so role checks are never spelled out in controllers.
 *
 * <ul>
 *   <li>{@link #require}: may the member do this to records of this type at all? Else 403.</li>
 *   <li>{@link #listScope}: the {@code scope=mine|team|all} of a list or search: absent means the widest the
 *       member has; asking for more than granted is a 403.</li>
 *   <li>{@link #criteria}: the MongoDB condition that limits a query to that scope (combine it with the list
 *       query; the platform adds the workspace condition by itself).</li>
 *   <li>{@link #requireOn}: one record by id. A record the member may not even read answers 404, exactly like a
 *       record that does not exist, so ids of other people's records reveal nothing; a record they may read but
 *       not change answers 403.</li>
 *   <li>{@link #requireAssignable}: creating or re-assigning a record for an owner and team, which must also be
 *       a member and a team of the workspace ({@link Assignments}, in services that keep the directory).</li>
 * </ul>
 */
public final class Access {

    private final PermissionMatrix matrix;
    private final Assignments assignments;

    /** Access for a service whose clients never name an owner or team other than their own. */
    public Access(PermissionMatrix matrix) {
        this(matrix, null);
    }

    public Access(PermissionMatrix matrix, Assignments assignments) {
        this.matrix = Objects.requireNonNull(matrix);
        this.assignments = assignments;
    }

    public Optional<AccessScope> granted(WorkspaceMember member, RecordType type, Action action) {
        return matrix.grant(member.roles(), type, action);
    }

    /** The widest scope the member has for {@code action} on {@code type}; 403 when they have none. */
    public AccessScope require(WorkspaceMember member, RecordType type, Action action) {
        return granted(member, type, action).orElseThrow(() -> new ForbiddenOperationException(
                "Your roles do not allow you to " + action.verb() + " " + type.plural() + "."));
    }

    /**
     * The scope a list of {@code type} runs with. {@code requested} is the {@code scope} parameter as sent (null or
     * blank: the widest the member may read); an unknown value is a 400, one wider than granted a 403.
     */
    public AccessScope listScope(WorkspaceMember member, RecordType type, String requested) {
        AccessScope granted = require(member, type, Action.READ);
        if (requested == null || requested.isBlank()) {
            return granted;
        }
        AccessScope wanted;
        try {
            wanted = AccessScope.fromParameter(requested);
        } catch (IllegalArgumentException e) {
            throw InvalidListQueryException.of("scope", null, e.getMessage());
        }
        if (!granted.covers(wanted)) {
            throw new ForbiddenOperationException("You may see " + granted.parameter() + " " + type.plural()
                    + ", not scope=" + wanted.parameter() + ".");
        }
        return wanted;
    }

    /** The condition on {@code ownerId}/{@code teamId} that keeps a query inside {@code scope}. */
    public Criteria criteria(WorkspaceMember member, AccessScope scope) {
        return switch (scope) {
            case ALL -> new Criteria();
            case MINE -> Criteria.where(OwnedRecord.OWNER_FIELD).is(member.userId());
            case TEAM -> member.teams().isEmpty()
                    ? Criteria.where(OwnedRecord.OWNER_FIELD).is(member.userId())
                    : new Criteria().orOperator(Criteria.where(OwnedRecord.OWNER_FIELD).is(member.userId()),
                            Criteria.where(OwnedRecord.TEAM_FIELD).in(member.teams()));
        };
    }

    /** Whether {@code scope} reaches {@code record} for this member. */
    public static boolean reaches(WorkspaceMember member, AccessScope scope, OwnedRecord record) {
        return switch (scope) {
            case ALL -> true;
            case MINE -> Objects.equals(record.ownerId(), member.userId());
            case TEAM -> Objects.equals(record.ownerId(), member.userId()) || member.inTeam(record.teamId());
        };
    }

    /**
     * Checks {@code action} on one record. Not readable by the member: 404 (as if it did not exist). Readable but
     * {@code action} not granted, or granted with a scope that does not reach it: 403.
     */
    public void requireOn(WorkspaceMember member, RecordType type, Action action, OwnedRecord record, Object id) {
        boolean readable = granted(member, type, Action.READ).map(scope -> reaches(member, scope, record))
                .orElse(false);
        if (!readable) {
            throw new RecordNotFoundException(type.label(), id);
        }
        if (action == Action.READ) {
            return;
        }
        AccessScope scope = require(member, type, action);
        if (!reaches(member, scope, record)) {
            throw new ForbiddenOperationException("You may " + action.verb() + " only " + scope.parameter()
                    + " " + type.plural() + "; this one belongs to someone else.");
        }
    }

    /**
     * Checks that the member may {@code action} (create or update) a record of {@code type} owned by
     * {@code ownerId} in {@code teamId}: with MINE only for themselves, with TEAM for anyone in one of their teams.
     * Then that the owner is an active member and the team a team of this workspace (422 naming the field); the
     * member's own id and teams come from their token and need no look-up.
     */
    public void requireAssignable(WorkspaceMember member, RecordType type, Action action, String ownerId,
                                  String teamId) {
        requireAssignable(member, type, action, null, ownerId, teamId);
    }

    /**
     * As {@link #requireAssignable(WorkspaceMember, RecordType, Action, String, String)}, for an owner and team
     * that may be carried over from {@code kept} (the record being reassigned, or the one a new record follows
     * from; may be null): what equals {@code kept}'s was accepted when it was assigned and is not checked
     * again, so a record of a since deactivated member can still be edited or followed up.
     */
    public void requireAssignable(WorkspaceMember member, RecordType type, Action action, OwnedRecord kept,
                                  String ownerId, String teamId) {
        AccessScope scope = require(member, type, action);
        OwnedRecord target = new Owner(ownerId, teamId);
        if (!reaches(member, scope, target)) {
            throw new ForbiddenOperationException("You may " + action.verb() + " " + type.plural()
                    + " only for " + (scope == AccessScope.MINE ? "yourself" : "members of your teams") + ".");
        }
        if (assignments == null) {
            return;
        }
        boolean ownerToCheck = ownerId != null && !ownerId.equals(member.userId())
                && (kept == null || !ownerId.equals(kept.ownerId()));
        boolean teamToCheck = teamId != null && !member.inTeam(teamId)
                && (kept == null || !teamId.equals(kept.teamId()));
        assignments.require(OwnedRecord.OWNER_FIELD, ownerToCheck ? ownerId : null,
                OwnedRecord.TEAM_FIELD, teamToCheck ? teamId : null);
    }

    private record Owner(String ownerId, String teamId) implements OwnedRecord {
    }
}
