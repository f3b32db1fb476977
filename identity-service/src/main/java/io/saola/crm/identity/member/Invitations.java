package io.saola.crm.identity.member;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import io.saola.crm.identity.directory.UnverifiedAddressException;
import io.saola.crm.identity.mail.IdentityMail;
import io.saola.crm.identity.mail.MailUnavailableException;
import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.TokenIdentity;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.InvalidFieldsException;
import io.saola.crm.platform.web.ProblemError;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * Invitations to the current workspace. The secret is mailed to the invited address and nowhere else (the admin
 * who invites never sees it; only its hash is stored), is single use and expires. Holding it proves control of
 * that mailbox, so a person without an account accepts with it and a password, which creates their login with a
 * verified address. A person who already has an account accepts while logged in as it, with the secret: their
 * token must carry the invited address, verified. An account is never joined by its address alone.
 */
@Service
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final MongoOperations mongo;
    private final Members members;
    private final IdentityDirectory directory;
    private final Access access;
    private final IdentityMail mail;
    private final WorkspaceRegistry registry;
    private final Clock clock;

    Invitations(MongoOperations mongo, Members members, IdentityDirectory directory, Access access,
                IdentityMail mail, WorkspaceRegistry registry, Clock clock) {
        this.mongo = mongo;
        this.members = members;
        this.directory = directory;
        this.access = access;
        this.mail = mail;
        this.registry = registry;
        this.clock = clock;
    }

    /** The new invitation, mailed to {@code email}; when the mail cannot be sent, nothing is kept (503). */
    public InvitationView invite(WorkspaceMember caller, String email, List<String> roleNames) {
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
        String secret = Secrets.newSecret();
        InvitationDocument invitation = mongo.insert(new InvitationDocument(new ObjectId().toHexString(), normalized,
                RoleNames.names(roles), Secrets.hash(secret), InvitationDocument.PENDING, caller.userId(), now,
                now.plus(VALIDITY), null, null));
        String workspaceName = registry.find(caller.workspace()).map(Workspace::name).orElse(caller.workspace().slug());
        try {
            mail.invitation(normalized, caller.workspace(), workspaceName, secret, invitation.expiresAt());
        } catch (MailUnavailableException notSent) {
            mongo.remove(invitation);
            throw notSent;
        }
        return InvitationView.of(invitation);
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
     * Accepts an invitation of the current workspace (the one whose address it was sent to): {@code person} is
     * the logged-in account that joins, or null for a new person, who then gives a password and names. Every step
     * is idempotent; a failure half-way leaves the invitation pending, and accepting again completes it.
     */
    public MemberView accept(String secret, TokenIdentity person, String password, String firstName, String lastName) {
        WorkspaceId workspace = WorkspaceContext.require("accepting an invitation");
        InvitationDocument invitation = mongo.findOne(Query.query(where("secretHash").is(Secrets.hash(secret))),
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
        String userId;
        String name;
        if (person != null) {
            String verified = person.verifiedEmail().orElseThrow(() -> new UnverifiedAddressException(
                    "Your account's address is not verified: it cannot take an invitation."));
            if (!verified.equals(invitation.email())) {
                throw new UnverifiedAddressException("This invitation was sent to another address than your "
                        + "account's. Log in with the invited address, or ask for an invitation to yours.");
            }
            userId = person.subject();
            name = person.name() == null || person.name().isBlank() ? invitation.email() : person.name();
        } else {
            requireNewPersonFields(password, firstName, lastName);
            userId = directory.createVerifiedUser(new IdentityDirectory.NewUser(invitation.email(), password,
                    firstName.strip(), lastName.strip()), "invitation:" + invitation.id());
            name = (firstName.strip() + " " + lastName.strip()).strip();
        }
        directory.ensureMember(workspace, userId);
        directory.setRoles(workspace, userId, roles);
        MemberView member = members.join(userId, invitation.email(), name, roles, IdentityEvents.MEMBER_TOPIC,
                List.of());
        try {
            mongo.save(invitation.withStatus(InvitationDocument.ACCEPTED, userId));
        } catch (OptimisticLockingFailureException acceptedTwiceAtOnce) {
            // the other acceptance recorded the same outcome
        }
        return member;
    }

    /** A new person gives what their login needs; a logged-in one gives none of it. */
    private static void requireNewPersonFields(String password, String firstName, String lastName) {
        List<ProblemError> missing = new ArrayList<>();
        if (password == null || password.length() < 8) {
            missing.add(ProblemError.of("password", "must have at least 8 characters (or accept while logged in)"));
        }
        if (firstName == null || firstName.isBlank()) {
            missing.add(ProblemError.of("firstName", "must not be blank (or accept while logged in)"));
        }
        if (lastName == null || lastName.isBlank()) {
            missing.add(ProblemError.of("lastName", "must not be blank (or accept while logged in)"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidFieldsException(missing);
        }
    }

    public record InvitationView(String id, String email, List<String> roles, String status, Instant createdAt,
                                 Instant expiresAt) {

        static InvitationView of(InvitationDocument document) {
            return new InvitationView(document.id(), document.email(), document.roles(), document.status(),
                    document.createdAt(), document.expiresAt());
        }
    }

}
