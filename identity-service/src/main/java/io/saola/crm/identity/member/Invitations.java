package io.saola.crm.identity.member;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * Invitations to the current workspace. The admin who invites receives the invitation's secret once (there is no
 * mail delivery in the product yet: the admin passes the link on); the invitee accepts with it, choosing a
 * password, which creates their login, or, for a person who already has one, adds this workspace to it.
 */
@Service
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoOperations mongo;
    private final Members members;
    private final IdentityDirectory directory;
    private final Access access;
    private final Clock clock;

    Invitations(MongoOperations mongo, Members members, IdentityDirectory directory, Access access, Clock clock) {
        this.mongo = mongo;
        this.members = members;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    /** The new invitation with its secret, which is not stored and cannot be shown again. */
    public CreatedInvitation invite(WorkspaceMember caller, String email, List<String> roleNames) {
        access.require(caller, RecordType.MEMBER, Action.CREATE);
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        Set<Role> roles = RoleNames.parse("roles", roleNames);
        members.findActiveByEmail(normalized).ifPresent(member -> {
            throw new DuplicateRecordException("member", member.userId(), normalized + " is already a member.");
        });
        Instant now = clock.instant();
        InvitationDocument pending = mongo.findOne(Query.query(where("email").is(normalized)
                .and("status").is(InvitationDocument.PENDING).and("expiresAt").gt(now)), InvitationDocument.class);
        if (pending != null) {
            throw new DuplicateRecordException("invitation", pending.id(), normalized
                    + " already has a pending invitation; revoke it to send a new one.");
        }
        String secret = newSecret();
        InvitationDocument invitation = mongo.insert(new InvitationDocument(new ObjectId().toHexString(), normalized,
                RoleNames.names(roles), hash(secret), InvitationDocument.PENDING, caller.userId(), now,
                now.plus(VALIDITY), null, null));
        return new CreatedInvitation(InvitationView.of(invitation), secret);
    }

    public List<InvitationView> pending(WorkspaceMember caller) {
        access.require(caller, RecordType.MEMBER, Action.READ);
        return mongo.find(Query.query(where("status").is(InvitationDocument.PENDING)).with(Sort.by("email")),
                InvitationDocument.class).stream().map(InvitationView::of).toList();
    }

    public void revoke(WorkspaceMember caller, String id) {
        access.require(caller, RecordType.MEMBER, Action.DELETE);
        InvitationDocument invitation = mongo.findById(id, InvitationDocument.class);
        if (invitation == null) {
            throw new RecordNotFoundException("invitation", id);
        }
        if (invitation.isPending()) {
            mongo.save(invitation.withStatus(InvitationDocument.REVOKED, null));
        }
    }

    /**
     * Accepts an invitation of the current workspace (the one whose address it was sent to). Every step is
     * idempotent; a failure half-way leaves the invitation pending, and accepting again completes it.
     */
    public MemberView accept(String secret, String password, String firstName, String lastName) {
        WorkspaceId workspace = WorkspaceContext.require("accepting an invitation");
        InvitationDocument invitation = mongo.findOne(Query.query(where("secretHash").is(hash(secret))),
                InvitationDocument.class);
        if (invitation == null) {
            throw new RecordNotFoundException("invitation", "(secret)");
        }
        switch (invitation.status()) {
            case InvitationDocument.ACCEPTED -> throw new InvitationNotUsableException("accepted",
                    "This invitation has already been used. Log in instead.");
            case InvitationDocument.REVOKED -> throw new InvitationNotUsableException("revoked",
                    "This invitation was withdrawn. Ask the workspace admin for a new one.");
            default -> {
                if (!invitation.expiresAt().isAfter(clock.instant())) {
                    throw new InvitationNotUsableException("expired",
                            "This invitation has expired. Ask the workspace admin for a new one.");
                }
            }
        }
        Set<Role> roles = RoleNames.parse("roles", invitation.roles());
        String userId = directory.ensureUser(new IdentityDirectory.NewUser(invitation.email(), password,
                firstName.strip(), lastName.strip()));
        directory.ensureMember(workspace, userId);
        directory.setRoles(workspace, userId, roles);
        MemberView member = members.join(userId, invitation.email(), (firstName.strip() + " " + lastName.strip()).strip(),
                roles, IdentityEvents.MEMBER_TOPIC, List.of());
        try {
            mongo.save(invitation.withStatus(InvitationDocument.ACCEPTED, userId));
        } catch (OptimisticLockingFailureException acceptedTwiceAtOnce) {
            // the other acceptance recorded the same outcome
        }
        return member;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public record InvitationView(String id, String email, List<String> roles, String status, Instant createdAt,
                                 Instant expiresAt) {

        static InvitationView of(InvitationDocument document) {
            return new InvitationView(document.id(), document.email(), document.roles(), document.status(),
                    document.createdAt(), document.expiresAt());
        }
    }

    /** Returned once, to the admin who invited. */
    public record CreatedInvitation(InvitationView invitation, String secret) {
    }
}
