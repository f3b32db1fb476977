package io.saola.crm.identity.team;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import io.saola.crm.identity.directory.IdentityDirectory;
import io.saola.crm.identity.member.IdentityEvents;
import io.saola.crm.identity.member.Members;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.events.Outbox;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.platform.web.PreconditionFailedException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;

/**
 * Teams of the current workspace. {@code scope=team} in every service reaches the records of the caller's teams;
 * membership travels in tokens (the identity provider's team groups), so the identity provider is updated first
 * and the team record second, both idempotently.
 */
@Service
public class Teams {

    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoOperations mongo;
    private final IdentityDirectory directory;
    private final Members members;
    private final Access access;
    private final Outbox outbox;
    private final Clock clock;

    Teams(MongoOperations mongo, IdentityDirectory directory, Members members, Access access, Outbox outbox,
          Clock clock) {
        this.mongo = mongo;
        this.directory = directory;
        this.members = members;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<TeamView> list(WorkspaceMember caller) {
        access.require(caller, RecordType.TEAM, Action.READ);
        return mongo.find(Query.query(where("removed").is(false)).with(Sort.by("nameKey")), TeamDocument.class)
                .stream().map(TeamView::of).toList();
    }

    public TeamView get(WorkspaceMember caller, String id) {
        access.require(caller, RecordType.TEAM, Action.READ);
        return TeamView.of(load(id));
    }

    public TeamView create(WorkspaceMember caller, String name, String managerId, List<String> memberIds) {
        access.require(caller, RecordType.TEAM, Action.CREATE);
        String clean = name.strip();
        requireUniqueName(clean, null);
        List<String> everyone = everyone(managerId, memberIds);
        members.requireActiveMembers("memberIds", everyone);
        String id = newId();
        directory.ensureTeam(workspace(), id);
        directory.setTeamMembers(workspace(), id, Set.copyOf(everyone));
        TeamDocument team = new TeamDocument(id, clean, key(clean), managerId, everyone, false, null, null);
        return TeamView.of(mongo.insert(withEvent(team, team, 0)));
    }

    public TeamView update(WorkspaceMember caller, String id, String name, String managerId, List<String> memberIds,
                           Long expectedVersion) {
        access.require(caller, RecordType.TEAM, Action.UPDATE);
        TeamDocument current = load(id);
        long version = current.version() == null ? 0 : current.version();
        if (expectedVersion != null && expectedVersion != version) {
            throw new PreconditionFailedException("team", id, IfMatch.etag(version));
        }
        String clean = name.strip();
        requireUniqueName(clean, id);
        List<String> everyone = everyone(managerId, memberIds);
        members.requireActiveMembers("memberIds", everyone);
        directory.ensureTeam(workspace(), id);
        directory.setTeamMembers(workspace(), id, Set.copyOf(everyone));
        TeamDocument next = new TeamDocument(id, clean, key(clean), managerId, everyone, false, current.version(),
                current.outbox());
        return TeamView.of(save(withEvent(next, current, current.nextVersion())));
    }

    public void remove(WorkspaceMember caller, String id) {
        access.require(caller, RecordType.TEAM, Action.DELETE);
        TeamDocument current = load(id);
        directory.removeTeam(workspace(), id);
        TeamDocument removed = new TeamDocument(id, current.name(), current.nameKey(), current.managerId(),
                current.memberIds(), true, current.version(), current.outbox());
        save(withEvent(removed, current, current.nextVersion()));
    }

    private TeamDocument withEvent(TeamDocument next, TeamDocument previous, long version) {
        IdentityEvents.TeamChanged changed = new IdentityEvents.TeamChanged(UUID.randomUUID(), workspace().slug(),
                next.id(), version, clock.instant(), next.name(), next.managerId(), next.memberIds(), next.removed());
        return new TeamDocument(next.id(), next.name(), next.nameKey(), next.managerId(), next.memberIds(),
                next.removed(), next.version(), outbox.append(previous.outbox(), IdentityEvents.TEAM_TOPIC,
                List.of(changed)));
    }

    private void requireUniqueName(String name, String exceptId) {
        TeamDocument same = mongo.findOne(Query.query(where("nameKey").is(key(name)).and("removed").is(false)),
                TeamDocument.class);
        if (same != null && !same.id().equals(exceptId)) {
            throw new DuplicateRecordException("team", same.id(), "There is already a team named '" + same.name()
                    + "'.");
        }
    }

    private TeamDocument load(String id) {
        TeamDocument team = mongo.findById(id, TeamDocument.class);
        if (team == null || team.removed()) {
            throw new RecordNotFoundException("team", id);
        }
        return team;
    }

    private TeamDocument save(TeamDocument team) {
        try {
            return mongo.save(team);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new VersionConflictException("team", team.id());
        }
    }

    private static List<String> everyone(String managerId, List<String> memberIds) {
        Set<String> all = new LinkedHashSet<>();
        all.add(managerId);
        if (memberIds != null) {
            all.addAll(memberIds);
        }
        return new ArrayList<>(all);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code team-} and 8 characters: valid as a group name and in tokens, and never guessable from the name. */
    private static String newId() {
        StringBuilder id = new StringBuilder("team-");
        for (int i = 0; i < 8; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    private static WorkspaceId workspace() {
        return WorkspaceContext.require("the teams of a workspace");
    }

    public record TeamView(String id, String name, String managerId, List<String> memberIds, long version) {

        static TeamView of(TeamDocument team) {
            return new TeamView(team.id(), team.name(), team.managerId(), team.memberIds(),
                    team.version() == null ? 0 : team.version());
        }
    }
}
