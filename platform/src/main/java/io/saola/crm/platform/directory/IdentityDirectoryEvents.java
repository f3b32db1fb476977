package io.saola.crm.platform.directory;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import io.saola.crm.platform.events.ReceivedEvent;
import io.saola.crm.platform.events.UnreadableEventException;

/**
 * Feeds the {@link MemberDirectory} from identity-service's member and team events. It reads only the few
 * fields it needs from their JSON, by type name, rather than depending on identity's classes; each runs in the
 * event's workspace (the platform binds listeners to it). No inbox: the directory's version check already makes
 * a repeated or late event change nothing.
 */
class IdentityDirectoryEvents {

    static final String MEMBER_TOPIC = "crm.identity.member.v1";
    static final String TEAM_TOPIC = "crm.identity.team.v1";

    private final MemberDirectory directory;

    IdentityDirectoryEvents(MemberDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(topics = {MEMBER_TOPIC, TEAM_TOPIC}, groupId = "${spring.application.name}.workspace-directory",
            autoStartup = "${saola.directory.consumer.enabled:true}")
    void on(ConsumerRecord<String, String> record) {
        apply(ReceivedEvent.from(record));
    }

    void apply(ReceivedEvent event) {
        switch (event.type()) {
            case "MemberJoined.v1", "MemberReactivated.v1", "MemberRoleChanged.v1" -> {
                Change member = read(event);
                directory.memberChanged(member.aggregateId(), member.aggregateVersion(), true);
            }
            case "MemberDeactivated.v1" -> {
                Change member = read(event);
                directory.memberChanged(member.aggregateId(), member.aggregateVersion(), false);
            }
            case "TeamChanged.v1" -> {
                Change team = read(event);
                directory.teamChanged(team.aggregateId(), team.aggregateVersion(), team.memberIds(),
                        Boolean.TRUE.equals(team.removed()));
            }
            default -> {
                // other identity events say nothing about who may own a record
            }
        }
    }

    /**
     * The payload, refused (to the dead-letter topic) when it names no aggregate or version. A payload naming
     * another workspace than the record's header never gets here: every listener's interceptor
     * ({@code WorkspaceFromEventHeaders}) refuses it.
     */
    private static Change read(ReceivedEvent event) {
        Change change = event.payloadAs(Change.class);
        if (change.aggregateId() == null || change.aggregateId().isBlank() || change.aggregateVersion() == null) {
            throw new UnreadableEventException("Event " + event.id() + " (" + event.type() + ") names no member "
                    + "or team, or no version");
        }
        return change;
    }

    /**
     * The fields of a member or team event the directory reads; the others are ignored, and the team's fields are
     * absent from member events.
     */
    record Change(String aggregateId, Long aggregateVersion, List<String> memberIds, Boolean removed) {
    }
}
