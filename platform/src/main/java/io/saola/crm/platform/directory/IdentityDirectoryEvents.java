package io.saola.crm.platform.directory;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import io.saola.crm.platform.events.ReceivedEvent;

/**
 * Feeds the {@link WorkspaceDirectory} from identity-service's member and team events. It reads only the few
 * fields it needs from their JSON, by type name, rather than depending on identity's classes; each runs in the
 * event's workspace (the platform binds listeners to it).
 */
class IdentityDirectoryEvents {

    static final String MEMBER_TOPIC = "crm.identity.member.v1";
    static final String TEAM_TOPIC = "crm.identity.team.v1";

    private final WorkspaceDirectory directory;

    IdentityDirectoryEvents(WorkspaceDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(topics = {MEMBER_TOPIC, TEAM_TOPIC},
            groupId = "${spring.application.name}.${saola.directory.consumer:workspace-directory}",
            autoStartup = "${saola.directory.consumer-enabled:true}")
    void on(ConsumerRecord<String, String> record) {
        apply(ReceivedEvent.from(record));
    }

    void apply(ReceivedEvent event) {
        switch (event.type()) {
            case "MemberJoined.v1", "MemberReactivated.v1", "MemberRoleChanged.v1" -> {
                Change member = event.payloadAs(Change.class);
                directory.memberChanged(member.aggregateId(), member.aggregateVersion(), true);
            }
            case "MemberDeactivated.v1", "MemberRemoved.v1" -> {
                Change member = event.payloadAs(Change.class);
                directory.memberChanged(member.aggregateId(), member.aggregateVersion(), false);
            }
            case "TeamChanged.v1" -> {
                Change team = event.payloadAs(Change.class);
                directory.teamChanged(team.aggregateId(), team.aggregateVersion(), team.memberIds(), team.removed());
            }
            default -> {
                // other identity events say nothing about who may own a record
            }
        }
    }

    /** The fields of a member or team event the directory reads; the others are ignored. */
    record Change(String aggregateId, long aggregateVersion, List<String> memberIds, boolean removed) {
    }
}
