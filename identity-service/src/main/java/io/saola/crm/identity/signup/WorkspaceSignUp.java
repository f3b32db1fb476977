package io.saola.crm.identity.signup;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.saola.crm.identity.directory.IdentityDirectory;
import io.saola.crm.identity.member.IdentityEvents;
import io.saola.crm.identity.member.Members;
import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.identity.workspace.domain.Workspace;
import io.saola.crm.identity.workspace.domain.WorkspaceSettings;
import io.saola.crm.identity.workspace.domain.WorkspaceStatus;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.InvalidFieldsException;

/**
 * Sign-up: a company gets its workspace, its organization in the identity provider and its first admin.
 *
 * <p>The steps run in a fixed order and each is idempotent: (1) the slug is reserved in the registry as
 * PROVISIONING, naming who signed up; (2) organization, groups, the admin's login, membership and admin role are
 * ensured in the identity provider; (3) the admin's member record is written together with WorkspaceCreated;
 * (4) the workspace becomes ACTIVE. A failure anywhere leaves a PROVISIONING workspace that nobody can reach
 * (the gateway treats it as unknown); the same request sent again finds its own reservation and completes the
 * remaining steps, while a sign-up by anyone else for that slug is refused as taken. A completed sign-up sent
 * again answers with the existing workspace and creates nothing.
 */
@Service
public class WorkspaceSignUp {

    private final WorkspaceRegistry registry;
    private final IdentityDirectory directory;
    private final Members members;
    private final Clock clock;

    WorkspaceSignUp(WorkspaceRegistry registry, IdentityDirectory directory, Members members, Clock clock) {
        this.registry = registry;
        this.directory = directory;
        this.members = members;
        this.clock = clock;
    }

    public Result signUp(Command command) {
        WorkspaceId id = SlugRules.check(command.slug());
        String email = command.adminEmail().strip().toLowerCase(Locale.ROOT);
        WorkspaceSettings settings = settings(command);
        Workspace registered;
        try {
            registered = registry.reserve(id, command.name(), settings, email);
        } catch (IllegalArgumentException badName) {
            throw InvalidFieldsException.of("name", badName.getMessage());
        }
        if (!registered.signedUpBy(email) || registered.status() == WorkspaceStatus.SUSPENDED) {
            throw new DuplicateRecordException("workspace", id.slug(), "The address '" + id.slug()
                    + "' is already taken. Choose another one.");
        }
        if (registered.isActive()) {
            return new Result(registered, false);
        }
        directory.ensureOrganization(id, registered.name());
        directory.ensureWorkspaceGroups(id);
        String adminId = directory.ensureUser(new IdentityDirectory.NewUser(email, command.adminPassword(),
                command.adminFirstName().strip(), command.adminLastName().strip()));
        directory.ensureMember(id, adminId);
        directory.setRoles(id, adminId, Set.of(Role.WORKSPACE_ADMIN));
        IdentityEvents.WorkspaceCreated created = new IdentityEvents.WorkspaceCreated(UUID.randomUUID(), id.slug(),
                id.slug(), 1, clock.instant(), registered.name(), registered.settings().locale(),
                registered.settings().timeZone(), registered.settings().currency());
        String adminName = (command.adminFirstName().strip() + " " + command.adminLastName().strip()).strip();
        WorkspaceContext.runAs(id, () -> members.join(adminId, email, adminName, Set.of(Role.WORKSPACE_ADMIN),
                IdentityEvents.WORKSPACE_TOPIC, List.of(created)));
        registry.activate(id);
        return new Result(registry.find(id).orElseThrow(), true);
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

    public record Command(String slug, String name, String adminEmail, String adminPassword, String adminFirstName,
                          String adminLastName, String locale, String timeZone, String currency) {
    }

    /** {@code created}: false when the request repeated a sign-up that had already completed. */
    public record Result(Workspace workspace, boolean created) {
    }
}
