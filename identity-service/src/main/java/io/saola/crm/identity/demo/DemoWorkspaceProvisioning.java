package io.saola.crm.identity.demo;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.saola.crm.identity.directory.AccountExistsException;
import io.saola.crm.identity.directory.IdentityDirectory;
import io.saola.crm.identity.mail.PublicLinks;
import io.saola.crm.identity.member.IdentityEvents;
import io.saola.crm.identity.member.Members;
import io.saola.crm.identity.workspace.application.WorkspaceRegistry;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * Creates the demo workspace in the registry and in Keycloak (organization, role groups, admin user) once the
 * service is up, retrying until Keycloak answers. Every step is idempotent, so a restart repeats it harmlessly.
 * Readiness reports DOWN until it has finished, so "ready" means "you can log in".
 */
@Component("demoWorkspace")
@ConditionalOnProperty(prefix = "saola.demo", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(DemoWorkspaceProperties.class)
class DemoWorkspaceProvisioning implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspaceProvisioning.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final WorkspaceRegistry registry;
    private final IdentityDirectory directory;
    private final Members members;
    private final DemoWorkspaceProperties properties;
    private final PublicLinks links;
    private final AtomicReference<String> state = new AtomicReference<>("pending");

    DemoWorkspaceProvisioning(WorkspaceRegistry registry, IdentityDirectory directory, Members members,
                              DemoWorkspaceProperties properties, PublicLinks links) {
        this.links = links;
        this.registry = registry;
        this.directory = directory;
        this.members = members;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void provisionInBackground() {
        Thread worker = new Thread(this::provisionUntilDone, "demo-workspace");
        worker.setDaemon(true);
        worker.start();
    }

    private void provisionUntilDone() {
        Duration backoff = Duration.ofMillis(250);
        while (!"done".equals(state.get())) {
            try {
                provision();
                state.set("done");
                log.info("Demo workspace '{}' ready: log in as {}", properties.slug(), properties.adminEmail());
            } catch (RuntimeException notYet) {
                state.set("retrying: " + notYet.getClass().getSimpleName());
                log.info("Demo workspace not provisioned yet ({}), retrying in {} ms", notYet.getMessage(),
                        backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    void provision() {
        WorkspaceId demo = WorkspaceId.of(properties.slug());
        registry.ensureRegistered(demo, properties.name());
        directory.ensureOrganization(demo, properties.name());
        directory.ensureWorkspaceGroups(demo);
        String adminId = demoAdmin(demo);
        directory.ensureMember(demo, adminId);
        directory.setRoles(demo, adminId, Set.of(Role.WORKSPACE_ADMIN));
        directory.allowWebOrigin(demo, links.workspaceOrigin(demo));
        WorkspaceContext.runAs(demo, () -> members.join(adminId, properties.adminEmail(), "Demo Admin",
                Set.of(Role.WORKSPACE_ADMIN), IdentityEvents.MEMBER_TOPIC, List.of()));
    }

    /**
     * The demo login is configuration of the local profile (an address nobody owns), not a mailbox anyone proved;
     * a data folder from before logins carried their proof keeps its demo account.
     */
    private String demoAdmin(WorkspaceId demo) {
        IdentityDirectory.NewUser admin = new IdentityDirectory.NewUser(properties.adminEmail(),
                properties.adminPassword(), "Demo", "Admin");
        try {
            return directory.createVerifiedUser(admin, "demo-workspace:" + demo.slug());
        } catch (AccountExistsException createdBefore) {
            return directory.findUser(properties.adminEmail()).orElseThrow();
        }
    }

    @Override
    public Health health() {
        String current = state.get();
        return "done".equals(current) ? Health.up().build() : Health.down().withDetail("demoWorkspace", current).build();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
