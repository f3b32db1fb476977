package io.saola.crm.identity.member;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bson.types.ObjectId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import io.saola.crm.identity.directory.IdentityDirectory;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.platform.events.Outbox;
import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.ForbiddenOperationException;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.platform.web.InvalidFieldsException;
import io.saola.crm.platform.web.InvalidStateTransitionException;
import io.saola.crm.platform.web.PreconditionFailedException;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;

/**
 * The members of the current workspace. The identity provider is changed first and the member record second:
 * both steps are idempotent, so a request that failed half-way is completed by sending it again.
 */
@Service
public class Members {

    private final MongoOperations mongo;
    private final IdentityDirectory directory;
    private final Access access;
    private final Outbox outbox;
    private final Clock clock;

    Members(MongoOperations mongo, IdentityDirectory directory, Access access, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.directory = directory;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<MemberView> list(WorkspaceMember caller) {
        access.require(caller, RecordType.MEMBER, Action.READ);
        return mongo.find(new Query().with(Sort.by("email")), MemberDocument.class).stream().map(MemberView::of)
                .toList();
    }

    public MemberView get(WorkspaceMember caller, String userId) {
        access.require(caller, RecordType.MEMBER, Action.READ);
        return MemberView.of(load(userId));
    }

    /**
     * Records that a person joined with these roles (the identity provider already says so). Joining again is
     * harmless: the existing member is returned. {@code alsoRaise} are events published with the join (the
     * workspace's creation, for its first admin).
     */
    public MemberView join(String userId, String email, String name, Set<Role> roles, String topic,
                           List<? extends DomainEvent> alsoRaise) {
        Optional<MemberDocument> existing = find(userId);
        if (existing.isPresent()) {
            return MemberView.of(existing.get());
        }
        WorkspaceId workspace = workspace();
        IdentityEvents.MemberJoined joined = new IdentityEvents.MemberJoined(UUID.randomUUID(), workspace.slug(),
                userId, 0, clock.instant(), email, name, RoleNames.names(roles));
        List<OutboxRecord> events = alsoRaise.isEmpty() ? null : outbox.append(null, topic, alsoRaise);
        MemberDocument document = new MemberDocument(new ObjectId().toHexString(), userId, email, name,
                RoleNames.names(roles), MemberDocument.ACTIVE, clock.instant(), null, null,
                outbox.append(events, IdentityEvents.MEMBER_TOPIC, List.of(joined)));
        try {
            return MemberView.of(mongo.insert(document));
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return MemberView.of(load(userId));
        }
    }

    public MemberView changeRoles(WorkspaceMember caller, String userId, List<String> roleNames, Long expectedVersion) {
        access.require(caller, RecordType.MEMBER, Action.UPDATE);
        Set<Role> roles = RoleNames.parse("roles", roleNames);
        MemberDocument member = load(userId);
        checkVersion(member, expectedVersion);
        if (!member.isActive()) {
            throw new InvalidStateTransitionException("member", userId, member.status(), "roles changed",
                    "A deactivated member has no roles to change; reactivate them first.");
        }
        if (!roles.contains(Role.WORKSPACE_ADMIN)) {
            requireAnotherAdmin(userId, "take the last workspace admin's admin role");
        }
        List<String> previous = member.roles();
        directory.setRoles(workspace(), userId, roles);
        IdentityEvents.MemberRoleChanged changed = new IdentityEvents.MemberRoleChanged(UUID.randomUUID(),
                workspace().slug(), userId, member.nextVersion(), clock.instant(),
                RoleNames.names(roles), previous);
        return save(new MemberDocument(member.id(), userId, member.email(), member.name(), RoleNames.names(roles),
                member.status(), member.joinedAt(), member.deactivatedAt(), member.version(),
                outbox.append(member.outbox(), IdentityEvents.MEMBER_TOPIC, List.of(changed))));
    }

    /**
     * Takes the member out of the workspace in the identity provider (no new tokens; their sessions end) and
     * marks them deactivated. Tokens already issued stop working when they expire (README, "Known limits").
     */
    public MemberView deactivate(WorkspaceMember caller, String userId) {
        access.require(caller, RecordType.MEMBER, Action.UPDATE);
        if (Objects.equals(caller.userId(), userId)) {
            throw new ForbiddenOperationException("You cannot deactivate yourself; another admin can.");
        }
        MemberDocument member = load(userId);
        if (!member.isActive()) {
            return MemberView.of(member);
        }
        requireAnotherAdmin(userId, "deactivate the last workspace admin");
        directory.removeMember(workspace(), userId);
        IdentityEvents.MemberDeactivated event = new IdentityEvents.MemberDeactivated(UUID.randomUUID(),
                workspace().slug(), userId, member.nextVersion(), clock.instant(), caller.userId());
        return save(new MemberDocument(member.id(), userId, member.email(), member.name(), member.roles(),
                MemberDocument.DEACTIVATED, member.joinedAt(), clock.instant(), member.version(),
                outbox.append(member.outbox(), IdentityEvents.MEMBER_TOPIC, List.of(event))));
    }

    public MemberView reactivate(WorkspaceMember caller, String userId) {
        access.require(caller, RecordType.MEMBER, Action.UPDATE);
        MemberDocument member = load(userId);
        if (member.isActive()) {
            return MemberView.of(member);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        member.roles().forEach(name -> Role.fromGroupName(name).ifPresent(roles::add));
        directory.ensureMember(workspace(), userId);
        directory.setRoles(workspace(), userId, roles);
        IdentityEvents.MemberReactivated event = new IdentityEvents.MemberReactivated(UUID.randomUUID(),
                workspace().slug(), userId, member.nextVersion(), clock.instant(), member.roles());
        return save(new MemberDocument(member.id(), userId, member.email(), member.name(), member.roles(),
                MemberDocument.ACTIVE, member.joinedAt(), null, member.version(),
                outbox.append(member.outbox(), IdentityEvents.MEMBER_TOPIC, List.of(event))));
    }

    Optional<MemberDocument> find(String userId) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("userId").is(userId)), MemberDocument.class));
    }

    Optional<MemberDocument> findActiveByEmail(String email) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("email").is(email).and("status")
                .is(MemberDocument.ACTIVE)), MemberDocument.class));
    }

    /** Checks that every one of {@code userIds} is an active member; the ones that are not are named (422). */
    public void requireActiveMembers(String field, List<String> userIds) {
        List<MemberDocument> found = mongo.find(Query.query(where("userId").in(userIds).and("status")
                .is(MemberDocument.ACTIVE)), MemberDocument.class);
        List<String> missing = new ArrayList<>(userIds);
        found.forEach(member -> missing.remove(member.userId()));
        if (!missing.isEmpty()) {
            throw InvalidFieldsException.of(field,
                    "not active members of this workspace: " + String.join(", ", missing));
        }
    }

    private static WorkspaceId workspace() {
        return WorkspaceContext.require("the members of a workspace");
    }

    private MemberDocument load(String userId) {
        return find(userId).orElseThrow(() -> new RecordNotFoundException("member", userId));
    }

    private void requireAnotherAdmin(String userId, String what) {
        long otherAdmins = mongo.count(Query.query(where("status").is(MemberDocument.ACTIVE)
                .and("roles").is(Role.WORKSPACE_ADMIN.groupName()).and("userId").ne(userId)), MemberDocument.class);
        if (otherAdmins == 0) {
            throw new ForbiddenOperationException("You cannot " + what + ": a workspace always keeps one.");
        }
    }

    private static void checkVersion(MemberDocument member, Long expectedVersion) {
        long current = member.version() == null ? 0 : member.version();
        if (expectedVersion != null && expectedVersion != current) {
            throw new PreconditionFailedException("member", member.userId(), IfMatch.etag(current));
        }
    }

    private MemberView save(MemberDocument document) {
        try {
            return MemberView.of(mongo.save(document));
        } catch (OptimisticLockingFailureException concurrent) {
            throw new VersionConflictException("member", document.userId());
        }
    }
}
