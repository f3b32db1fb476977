package io.saola.crm.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.AccessAutoConfiguration;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.events.CloudEventHeaders;
import io.saola.crm.platform.events.EventTopics;
import io.saola.crm.platform.events.PlatformEventsAutoConfiguration;
import io.saola.crm.platform.events.TopicReader;
import io.saola.crm.platform.mongo.PlatformMongoAutoConfiguration;
import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.web.InvalidFieldsException;

/**
 * The directory as a service gets it with {@code saola.directory.enabled=true}: identity's records on a real
 * broker reach the view of their own workspace, {@code Access} checks assignments against it, and a record whose
 * payload names another workspace than its header goes to the dead-letter topic.
 */
@SpringBootTest(classes = IdentityDirectoryEventsIT.DirectoryApplication.class, properties = {
        "spring.application.name=directory-it", "saola.directory.enabled=true"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class IdentityDirectoryEventsIT {

    private static final WorkspaceId ACME = WorkspaceId.of("acme");
    private static final WorkspaceId GLOBEX = WorkspaceId.of("globex");

    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private MemberDirectory directory;
    @Autowired
    private Access access;

    @Test
    void aJoinedMemberBecomesAnOwnerInTheirWorkspaceOnly() throws Exception {
        publish(ACME, IdentityDirectoryEvents.MEMBER_TOPIC, "MemberJoined.v1", "lan", ACME, "");
        publish(GLOBEX, IdentityDirectoryEvents.TEAM_TOPIC, "TeamChanged.v1", "team-east", GLOBEX,
                ",\"memberIds\":[\"binh\"],\"removed\":false");
        WorkspaceMember admin = new WorkspaceMember("hoa", ACME, Set.of(Role.WORKSPACE_ADMIN), null, null,
                null);

        await().atMost(Duration.ofSeconds(30)).until(() -> WorkspaceContext.callAs(ACME,
                () -> directory.isActiveMember("lan")));
        await().atMost(Duration.ofSeconds(30)).until(() -> WorkspaceContext.callAs(GLOBEX,
                () -> directory.isTeam("team-east")));

        WorkspaceContext.runAs(ACME, () -> access.requireAssignable(admin, RecordType.ACCOUNT, Action.CREATE, "lan",
                null));
        assertThatThrownBy(() -> WorkspaceContext.runAs(ACME, () -> access.requireAssignable(admin,
                RecordType.ACCOUNT, Action.CREATE, "lan", "team-east"))).isInstanceOf(InvalidFieldsException.class);
        assertThat(WorkspaceContext.callAs(GLOBEX, () -> directory.isActiveMember("lan"))).isFalse();
    }

    @Test
    void aRecordWhosePayloadNamesAnotherWorkspaceGoesToTheDeadLetterTopic() throws Exception {
        String key = "mallory-" + UUID.randomUUID();
        publish(ACME, IdentityDirectoryEvents.MEMBER_TOPIC, "MemberJoined.v1", key, GLOBEX, "");

        ConsumerRecord<String, String> dead = deadLetterOf(key);
        assertThat(new String(dead.headers().lastHeader(CloudEventHeaders.TENANT).value(), StandardCharsets.UTF_8))
                .isEqualTo("acme");
        assertThat(WorkspaceContext.callAs(ACME, () -> directory.isActiveMember(key))).isFalse();
        assertThat(WorkspaceContext.callAs(GLOBEX, () -> directory.isActiveMember(key))).isFalse();
    }

    private ConsumerRecord<String, String> deadLetterOf(String key) {
        try (TopicReader deadLetters = new TopicReader(broker.getBrokersAsString(),
                EventTopics.deadLetterTopicOf(IdentityDirectoryEvents.MEMBER_TOPIC))) {
            return deadLetters.awaitAtLeast(1, record -> key.equals(record.key())).get(0);
        }
    }

    private void publish(WorkspaceId header, String topic, String type, String aggregateId, WorkspaceId payload,
                         String moreFields) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()))
                .add(CloudEventHeaders.TYPE, bytes(type))
                .add(CloudEventHeaders.TENANT, bytes(header.slug()));
        String json = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"workspace\":\"" + payload.slug()
                + "\",\"aggregateId\":\"" + aggregateId + "\",\"aggregateVersion\":0,\"occurredAt\":\""
                + Instant.now() + "\"" + moreFields + "}";
        kafka.send(new ProducerRecord<>(topic, null, aggregateId, json, headers)).get();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
            KafkaAutoConfiguration.class, PlatformMongoAutoConfiguration.class, PlatformEventsAutoConfiguration.class,
            DirectoryAutoConfiguration.class, AccessAutoConfiguration.class})
    static class DirectoryApplication {

        @Bean(destroyMethod = "shutdownNow")
        MongoServer mongoServer() {
            MongoServer server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            return server;
        }

        @Bean
        MongoConnectionDetails mongoConnectionDetails(MongoServer server) {
            ConnectionString connection = new ConnectionString(
                    "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/directory-it");
            return () -> connection;
        }

        // identity-service declares these topics in production; here the test stands in for it
        @Bean
        KafkaAdmin.NewTopics identityTopics(EventTopics topics) {
            return topics.declare(IdentityDirectoryEvents.MEMBER_TOPIC, IdentityDirectoryEvents.TEAM_TOPIC);
        }
    }
}
