package io.saola.crm.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformConfigTest {

    static final Path REPO = Path.of("").toAbsolutePath().getParent();

    @Test
    void defaultsAreTheDocumentedPorts() {
        PlatformConfig c = PlatformConfig.fromEnvironment(REPO, Map.of());
        assertThat(c.dataDir()).isEqualTo(REPO.resolve(".saola"));
        assertThat(List.of(c.mongoPort(), c.kafkaPort(), c.kafkaControllerPort(), c.keycloakPort(), c.keycloakManagementPort()))
                .containsExactly(27017, 9092, 9093, 8180, 9180);
        assertThat(c.services()).extracting(ServiceSpec::name).startsWith(PlatformConfig.IDENTITY).endsWith(PlatformConfig.GATEWAY);
        assertThat(c.service("gateway").port()).isEqualTo(8080);
        assertThat(c.service("sales-data-service").port()).isEqualTo(8084);
        assertThat(c.service("service-desk-service").port()).isEqualTo(8085);
        assertThat(c.service("reporting-service").jar())
                .isEqualTo(REPO.resolve("reporting-service/target/reporting-service-0.1.0-SNAPSHOT.jar"));
        assertThat(c.embeddedMongo()).isTrue();
        assertThat(c.mongoUri()).isEqualTo("mongodb://127.0.0.1:27017");
        assertThat(c.issuerUri()).isEqualTo("http://127.0.0.1:8180/realms/saola");
    }

    @Test
    void environmentMovesPortsDataAndMongo() {
        PlatformConfig c = PlatformConfig.fromEnvironment(REPO, Map.of("SAOLA_GATEWAY_PORT", "18080",
                "SAOLA_SALES_DATA_PORT", "18084", "SAOLA_KAFKA_PORT", "19092", "SAOLA_KEYCLOAK_MANAGEMENT_PORT", "19180",
                "SAOLA_DATA_DIR", "/tmp/saola-x", "MONGODB_URI", "mongodb://db.example:27017/?replicaSet=rs0",
                "SAOLA_PARTS", "kafka, gateway"));
        assertThat(c.service("gateway").port()).isEqualTo(18080);
        assertThat(c.service("sales-data-service").port()).isEqualTo(18084);
        assertThat(c.kafkaPort()).isEqualTo(19092);
        assertThat(c.keycloakManagementPort()).isEqualTo(19180);
        assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/saola-x"));
        assertThat(c.embeddedMongo()).isFalse();
        assertThat(c.starts(PlatformConfig.MONGO)).isFalse();
        assertThat(c.mongoUri()).isEqualTo("mongodb://db.example:27017/?replicaSet=rs0");
        assertThat(c.starts("kafka")).isTrue();
        assertThat(c.starts("keycloak")).isFalse();
        assertThat(c.starts("gateway")).isTrue();
    }

    @Test
    void aBadPortIsRefusedWithItsVariable() {
        assertThatThrownBy(() -> PlatformConfig.fromEnvironment(REPO, Map.of("SAOLA_MONGO_PORT", "70000")))
                .isInstanceOf(PlatformException.class).hasMessageContaining("SAOLA_MONGO_PORT=70000");
    }

    @Test
    void freePortsAreDistinct() {
        PlatformConfig c = PlatformConfig.builder(REPO).freePorts().build();
        Set<Integer> ports = new HashSet<>(List.of(c.mongoPort(), c.kafkaPort(), c.kafkaControllerPort(), c.keycloakPort(),
                c.keycloakManagementPort()));
        c.services().forEach(s -> ports.add(s.port()));
        assertThat(ports).hasSize(5 + c.services().size()).doesNotContain(8080, 27017, 9092);
    }

    @Test
    void variableNamesFollowTheModuleNames() {
        ServiceSpec s = ServiceSpec.jar("service-desk-service", 8085, Path.of("x.jar"));
        assertThat(s.portVariable()).isEqualTo("SAOLA_SERVICE_DESK_PORT");
        assertThat(s.urlVariable()).isEqualTo("SERVICE_DESK_URL");
        assertThat(ServiceSpec.jar("gateway", 8080, Path.of("x.jar")).portVariable()).isEqualTo("SAOLA_GATEWAY_PORT");
    }

    @Test
    void servicesRunOnTheNewestJdkWithLeanOptions() {
        Jdk jdk = Jdk.newest(Map.of());
        assertThat(jdk.major()).isGreaterThanOrEqualTo(Runtime.version().feature());
        List<String> opts = PlatformConfig.defaultServiceJvmOptions(jdk);
        assertThat(opts).contains("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1");
        assertThat(opts.contains("-Dspring.threads.virtual.enabled=true")).isEqualTo(jdk.major() >= 21);
    }
}
