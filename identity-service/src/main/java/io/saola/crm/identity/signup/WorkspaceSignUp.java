package io.saola.crm.identity.signup;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import io.saola.crm.identity.directory.IdentityDirectory;
import io.saola.crm.identity.directory.UnverifiedAddressException;
import io.saola.crm.identity.mail.IdentityMail;
import io.saola.crm.identity.mail.PublicLinks;
import io.saola.crm.identity.member.IdentityEvents;
import io.saola.crm.identity.member.Members;
import io.saola.crm.identity.member.Secrets;
import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.identity.workspace.domain.WorkspaceSettings;
import io.saola.crm.identity.workspace.domain.WorkspaceStatus;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.TokenIdentity;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.InvalidFieldsException;
import io.saola.crm.platform.web.RecordNotFoundException;

/**
 * Sign-up: a company gets its workspace, its organization in the identity provider and its first admin, who
 * is a person that proved control of their address.
 *
 * <p>Two ways in. A person who is logged in signs up with their token: the workspace opens at once with them
 * as its admin ({@link #signUpAs}). Anyone else names an address ({@link #request}): the slug is reserved as
 * PROVISIONING and a secret is mailed to that address; nothing exists in the identity provider until the
 * secret comes back with a password ({@link #confirm}). An address that already has an account gets a mail
 * asking its owner to log in instead, and the answer is the same either way, so sign-up does not tell who has
 * an account. An unconfirmed reservation expires after {@link #CONFIRMATION_VALIDITY}, and the slug is then
 * free for anyone.
 *
 * <p>Opening a workspace runs its steps in a fixed order and each is idempotent: organization, groups, the
 * admin's membership and role, the workspace's host as a web origin of the web app's client, the admin's member
 * record with WorkspaceCreated, ACTIVE. A failure half-way
 * leaves a PROVISIONING workspace nobody can reach (the gateway treats it as unknown); the same confirmation (or
 * the same logged-in sign-up) completes it.
 */
@Service
public class WorkspaceSignUp {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(24);

    private final WorkspaceRegistry registry;
    private final IdentityDirectory directory;
    private final Members members;
    private final IdentityMail mail;
    private final PublicLinks links;
    private final MongoOperations mongo;
    private final Clock clock;

    WorkspaceSignUp(WorkspaceRegistry registry, IdentityDirectory directory, Members members, IdentityMail mail,
                    PublicLinks links, MongoOperations mongo, Clock clock) {
        this.links = links;
        this.registry = registry;
        this.directory = directory;
        this.members = members;
        this.mail = mail;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Without a login: reserves the slug and mails the confirmation (or, for an existing account, a login hint). */
    public WorkspaceId request(Command command) {
        WorkspaceId id = SlugRules.check(command.slug());
        String email = normalized(command.adminEmail());
        WorkspaceSettings settings = settings(command);
        if (directory.findUser(email).isPresent()) {
            requireFree(id, email);
            mail.signUpWithExistingAccount(email, id);
            return id;
        }
        Workspace registered = reserve(id, command.name(), settings, email);
        if (registered.status() != WorkspaceStatus.PROVISIONING) {
            throw taken(id);
        }
        Instant now = clock.instant();
        String secret = Secrets.newSecret();
        SignUpRequestDocument pending = new SignUpRequestDocument(id.slug(), email, command.adminFirstName().strip(),
                command.adminLastName().strip(), Secrets.hash(secret), now, now.plus(CONFIRMATION_VALIDITY), null, null);
        mongo.remove(Query.query(where("_id").is(id.slug())), SignUpRequestDocument.class);
        mongo.insert(pending);
        mail.signUpConfirmation(email, id, registered.name(), secret, pending.expiresAt());
        return id;
    }

    /**
     * The mailed secret and the admin's password: creates the admin's login (its address is now proven) and opens
     * the workspace. Sent again after it completed, it answers with the workspace and creates nothing.
     */
    public Result confirm(String secret, String password) {
        SignUpRequestDocument pending = mongo.findOne(Query.query(where("secretHash").is(Secrets.hash(secret))),
                SignUpRequestDocument.class);
        if (pending == null) {
            throw new RecordNotFoundException("sign-up", "(confirmation)");
        }
        WorkspaceId id = WorkspaceId.of(pending.slug());
        Workspace registered = registry.find(id).filter(workspace -> workspace.signedUpBy(pending.email()))
                .orElseThrow(() -> new SignUpNotUsableException("released",
                        "This sign-up was not confirmed in time and its address was released. Sign up again."));
        if (registered.isActive() && pending.adminUserId() != null) {
            return new Result(registered, false);
        }
        if (registered.status() != WorkspaceStatus.PROVISIONING) {
            throw taken(id);
        }
        if (pending.adminUserId() == null && pending.isExpired(clock.instant())) {
            throw new SignUpNotUsableException("expired", "This confirmation link has expired. Sign up again.");
        }
        String adminId = directory.createVerifiedUser(new IdentityDirectory.NewUser(pending.email(), password,
                pending.firstName(), pending.lastName()), "sign-up:" + pending.secretHash());
        if (pending.adminUserId() == null) {
            try {
                mongo.save(pending.withAdmin(adminId));
            } catch (OptimisticLockingFailureException confirmedTwiceAtOnce) {
                // the other confirmation recorded the same admin
            }
        }
        open(registered, adminId, pending.email(), (pending.firstName() + " " + pending.lastName()).strip());
        return new Result(registry.find(id).orElseThrow(), true);
    }

    /** A logged-in person with a verified address opens the workspace as its admin, at once. */
    public Result signUpAs(TokenIdentity person, Command command) {
        String email = person.verifiedEmail().orElseThrow(() -> new UnverifiedAddressException(
                "Only a person with a verified address can open a workspace."));
        WorkspaceId id = SlugRules.check(command.slug());
        Workspace registered = reserve(id, command.name(), settings(command), email);
        if (registered.isActive()) {
            return new Result(registered, false);
        }
        String name = person.name() == null || person.name().isBlank() ? email : person.name();
        open(registered, person.subject(), email, name);
        return new Result(registry.find(id).orElseThrow(), true);
    }

    /**
     * Gives back every slug whose confirmation expired unanswered (the sweep's round): the reservation and its
     * request go, the address is free for anyone. Returns how many were released.
     */
    public int releaseAbandoned() {
        int released = 0;
        for (SignUpRequestDocument pending : mongo.find(Query.query(where("adminUserId").is(null)
                .and("expiresAt").lt(clock.instant())), SignUpRequestDocument.class)) {
            WorkspaceId id = WorkspaceId.of(pending.slug());
            boolean abandoned = registry.find(id).map(this::isAbandoned).orElse(true);
            if (abandoned) {
                registry.release(id);
                mongo.remove(Query.query(where("_id").is(pending.slug()).and("secretHash").is(pending.secretHash())),
                        SignUpRequestDocument.class);
                released++;
            }
        }
        return released;
    }

    private void open(Workspace registered, String adminId, String email, String adminName) {
        WorkspaceId id = registered.id();
        directory.ensureOrganization(id, registered.name());
        directory.ensureWorkspaceGroups(id);
        directory.ensureMember(id, adminId);
        directory.setRoles(id, adminId, Set.of(Role.WORKSPACE_ADMIN));
        directory.allowWebOrigin(id, links.workspaceOrigin(id));
        IdentityEvents.WorkspaceCreated created = new IdentityEvents.WorkspaceCreated(UUID.randomUUID(), id.slug(),
                id.slug(), 1, clock.instant(), registered.name(), registered.settings().locale(),
                registered.settings().timeZone(), registered.settings().currency());
        WorkspaceContext.runAs(id, () -> members.join(adminId, email, adminName, Set.of(Role.WORKSPACE_ADMIN),
                IdentityEvents.WORKSPACE_TOPIC, List.of(created)));
        registry.activate(id);
    }

    /**
     * The slug reserved for this address: a new reservation, this address's own (a retry), or one whose
     * confirmation expired unanswered, which is released first. Anyone else's → 409.
     */
    private Workspace reserve(WorkspaceId id, String name, WorkspaceSettings settings, String email) {
        Workspace registered;
        try {
            registered = registry.reserve(id, name, settings, email);
            if (!registered.signedUpBy(email) && isAbandoned(registered)) {
                registry.release(id);
                registered = registry.reserve(id, name, settings, email);
            }
        } catch (IllegalArgumentException badName) {
            throw InvalidFieldsException.of("name", badName.getMessage());
        }
        if (!registered.signedUpBy(email) || registered.status() == WorkspaceStatus.SUSPENDED) {
            throw taken(id);
        }
        return registered;
    }

    private void requireFree(WorkspaceId id, String email) {
        registry.find(id).filter(workspace -> !workspace.signedUpBy(email) && !isAbandoned(workspace))
                .ifPresent(workspace -> {
                    throw taken(id);
                });
    }

    /** A reservation whose confirmation was never used and has expired (or that never got one, a day on). */
    private boolean isAbandoned(Workspace workspace) {
        if (workspace.status() != WorkspaceStatus.PROVISIONING) {
            return false;
        }
        Instant now = clock.instant();
        SignUpRequestDocument pending = mongo.findById(workspace.id().slug(), SignUpRequestDocument.class);
        if (pending == null) {
            return workspace.createdAt() != null && workspace.createdAt().plus(CONFIRMATION_VALIDITY).isBefore(now);
        }
        return pending.adminUserId() == null && pending.isExpired(now);
    }

    private static DuplicateRecordException taken(WorkspaceId id) {
        return new DuplicateRecordException("workspace", id.slug(), "The address '" + id.slug()
                + "' is already taken. Choose another one.");
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static WorkspaceSettings settings(Command command) {
        WorkspaceSettings defaults = WorkspaceSettings.DEFAULTS;
        String locale = command.locale() == null ? defaults.locale() : command.locale();
        String timeZone = command.timeZone() == null ? defaults.timeZone() : command.timeZone();
        String currency = command.currency() == null ? defaults.currency() : command.currency();
        try {
            return new WorkspaceSettings(locale, timeZone, currency);
        } catch (RuntimeException invalid) {
            throw InvalidFieldsException.of("settings", "locale must be vi or en, timeZone an IANA zone such as "
                    + "Asia/Ho_Chi_Minh, currency an ISO 4217 code such as VND");
        }
    }

    /** {@code adminEmail} and the admin's names: only for a sign-up without a login. */
    public record Command(String slug, String name, String adminEmail, String adminFirstName, String adminLastName,
                          String locale, String timeZone, String currency) {
    }

    /** {@code created}: false when the request repeated a sign-up that had already completed. */
    public record Result(Workspace workspace, boolean created) {
    }
}
