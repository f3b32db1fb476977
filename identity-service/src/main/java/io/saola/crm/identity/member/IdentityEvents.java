package io.saola.crm.identity.member;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.saola.crm.platform.events.DomainEvent;

/** What identity-service publishes (docs/EVENTS.md, "identity-service"). */
public final class IdentityEvents {

    public static final String WORKSPACE_TOPIC = "crm.identity.workspace.v1";
    public static final String MEMBER_TOPIC = "crm.identity.member.v1";
    public static final String TEAM_TOPIC = "crm.identity.team.v1";

    private IdentityEvents() {
    }

    /** A workspace was signed up and is ready; aggregate id = slug. */
    public record WorkspaceCreated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                                   Instant occurredAt, String name, String locale, String timeZone, String currency)
            implements DomainEvent {
    }

    /** A person became a member (sign-up's first admin, or an accepted invitation); aggregate id = user id. */
    public record MemberJoined(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                               Instant occurredAt, String email, String name, List<String> roles)
            implements DomainEvent {
    }

    public record MemberRoleChanged(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                                    Instant occurredAt, List<String> roles, List<String> previousRoles)
            implements DomainEvent {
    }

    /** The member lost access to the workspace; their records stay, owned by them, for reassignment. */
    public record MemberDeactivated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                                    Instant occurredAt, String deactivatedBy) implements DomainEvent {
    }

    public record MemberReactivated(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                                    Instant occurredAt, List<String> roles) implements DomainEvent {
    }

    /** A team's current shape (or its removal); aggregate id = team id. */
    public record TeamChanged(UUID eventId, String workspace, String aggregateId, long aggregateVersion,
                              Instant occurredAt, String name, String managerId, List<String> memberIds,
                              boolean removed) implements DomainEvent {
    }
}
