package io.saola.crm.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as a library and as a command: real Kafka and store processes on free ports with a temporary data
 * folder, services stood in for by {@link FakeService}. Keycloak is not started here (its realm is checked by hand,
 * see deploy/keycloak/verify-realm.sh).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PlatformTest {

    static final Path REPO = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path data;

    private final List<Platform> platforms = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @AfterEach
    void stopEverything() throws InterruptedException {
        platforms.forEach(Platform::close);
        for (Process p : processes) {
            ManagedProcess.terminate(p.toHandle(), Duration.ofSeconds(10));
        }
    }

    private PlatformConfig.Builder config() {
        String cp = System.getProperty("java.class.path");
        return PlatformConfig.builder(REPO).dataDir(data).noDiscoveredServices().freePorts()
                .readinessTimeout(Duration.ofSeconds(90)).stopTimeout(Duration.ofSeconds(15))
                .out(new PrintStream(output, true, StandardCharsets.UTF_8))
                .service(ServiceSpec.command("fake-service", 0, List.of("-cp", cp, FakeService.class.getName())))
                .service(ServiceSpec.command(PlatformConfig.GATEWAY, 0, List.of("-cp", cp, FakeService.class.getName())));
    }

    private Platform start(PlatformConfig config) {
        Platform platform = new Platform(config);
        platforms.add(platform);
        platform.start();
        return platform;
    }

    @Test
    void startsKafkaStoreAndServicesOnFreePortsAndStopsThemAll() throws Exception {
        PlatformConfig config = config().only(PlatformConfig.MONGO, PlatformConfig.KAFKA, "fake-service",
                PlatformConfig.GATEWAY).build();
        Platform platform = start(config);

        assertThat(platform.processes()).extracting(ManagedProcess::name)
                .containsExactlyInAnyOrder("mongo", "kafka", "fake-service", "gateway");
        assertThat(platform.status()).allMatch(PartStatus::up);
        assertThat(Platform.status(data)).extracting(PartStatus::name, PartStatus::health)
                .contains(org.assertj.core.groups.Tuple.tuple("kafka", "UP"), org.assertj.core.groups.Tuple.tuple("mongo", "UP"));
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("[kafka] ready in ", "[mongo] ready in ",
                "[gateway] ready in ");
        assertThat(platform.readyTimes()).containsKeys("mongo", "kafka", "fake-service", "gateway");
        assertThat(platform.totalRssBytes()).isPositive();
        // gateway starts after the services it routes to are known, with their URLs
        Properties gatewayEnv = env(platform.gatewayUrl());
        assertThat(gatewayEnv.getProperty("SERVER_PORT")).isEqualTo(String.valueOf(config.service("gateway").port()));
        assertThat(gatewayEnv.getProperty("SERVER_ADDRESS")).isEqualTo("127.0.0.1");
        assertThat(gatewayEnv.getProperty("FAKE_URL")).isEqualTo(platform.serviceUrl("fake-service"));
        Properties serviceEnv = env(platform.serviceUrl("fake-service"));
        assertThat(serviceEnv.getProperty("MONGODB_URI")).isEqualTo("mongodb://127.0.0.1:" + config.mongoPort());
        assertThat(serviceEnv.getProperty("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("127.0.0.1:" + config.kafkaPort());
        assertThat(serviceEnv.getProperty("KEYCLOAK_URL")).isEqualTo("http://127.0.0.1:" + config.keycloakPort());
        assertThat(serviceEnv.getProperty("KEYCLOAK_REALM")).isEqualTo("saola");
        assertThat(serviceEnv.getProperty("SAOLA_BASE_DOMAIN")).isEqualTo("localhost");
        assertThat(serviceEnv.getProperty("jvm.args")).contains("-Dsaola.part=fake-service", "-XX:+UseSerialGC");

        try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
            mongo.getDatabase("launcher").getCollection("things").insertOne(new Document("_id", "kept"));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("crm.test.thing.v1", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("crm.test.thing.v1");
        }

        List<ProcessHandle> handles = platform.processes().stream().map(ManagedProcess::handle).toList();
        platform.close();
        assertThat(handles).noneMatch(ProcessHandle::isAlive);
        assertThat(data.resolve("run/saola.properties")).doesNotExist();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("[gateway] stopped in ", "[kafka] stopped in ");

        // the data survives a restart, even on other ports (Kafka is not formatted again)
        PlatformConfig again = PlatformConfig.builder(REPO).dataDir(data).noDiscoveredServices().freePorts()
                .only(PlatformConfig.MONGO, PlatformConfig.KAFKA).readinessTimeout(Duration.ofSeconds(90)).build();
        Platform restarted = start(again);
        try (MongoClient mongo = MongoClients.create(restarted.mongoUri())) {
            assertThat(mongo.getDatabase("launcher").getCollection("things").countDocuments()).isEqualTo(1);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, restarted.kafkaBootstrapServers()))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("crm.test.thing.v1");
        }
    }

    @Test
    void aPortInUseIsNamedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PlatformConfig config = config().only(PlatformConfig.MONGO, PlatformConfig.KAFKA).build();
            PlatformConfig clash = PlatformConfig.builder(REPO).dataDir(data).noDiscoveredServices()
                    .only(PlatformConfig.MONGO, PlatformConfig.KAFKA).mongoPort(config.mongoPort())
                    .kafkaPort(taken.getLocalPort()).kafkaControllerPort(config.kafkaControllerPort()).build();
            Platform platform = new Platform(clash);
            platforms.add(platform);
            assertThatThrownBy(platform::start).isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " needed by kafka is already in use")
                    .hasMessageContaining("SAOLA_KAFKA_PORT");
            assertThat(platform.processes()).isEmpty();
            assertThat(data.resolve("logs/mongo.log")).doesNotExist();
        }
    }

    @Test
    void aServiceThatDiesStopsTheStartAndEverythingAlreadyStarted() {
        String cp = System.getProperty("java.class.path");
        PlatformConfig config = config().only(PlatformConfig.MONGO, "broken-service")
                .service(ServiceSpec.command("broken-service", 0, List.of("-cp", cp, FakeService.class.getName(), "fail")))
                .build();
        Platform platform = new Platform(config);
        platforms.add(platform);
        assertThatThrownBy(platform::start).isInstanceOf(PlatformException.class)
                .hasMessageContaining("[broken-service] exited with code 3 while starting")
                .hasMessageContaining("FakeService failing on purpose");
        assertThat(platform.processes()).isEmpty();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("[mongo] stopped in ");
    }

    @Test
    void keepGoingReportsAFailedServiceAndSkipsWhatNeedsIt() {
        String cp = System.getProperty("java.class.path");
        PlatformConfig config = config().keepGoing(true)
                .only(PlatformConfig.MONGO, PlatformConfig.IDENTITY, "fake-service", PlatformConfig.GATEWAY)
                .service(ServiceSpec.command(PlatformConfig.IDENTITY, 0, List.of("-cp", cp, FakeService.class.getName(), "fail")))
                .build();
        Platform platform = start(config);
        assertThat(platform.processes()).extracting(ManagedProcess::name).containsExactlyInAnyOrder("mongo", "fake-service");
        assertThat(platform.failedParts()).containsKeys(PlatformConfig.IDENTITY, PlatformConfig.GATEWAY);
        assertThat(platform.failedParts().get(PlatformConfig.GATEWAY)).contains("identity-service failed");
    }

    @Test
    void aKilledServiceIsRestartedOnItsPortAndRecordedWithItsNewPid() throws Exception {
        Platform platform = start(config().only("fake-service").build());
        ManagedProcess before = platform.process("fake-service").orElseThrow();
        String url = platform.serviceUrl("fake-service");

        assertThat(platform.kill("fake-service")).isEqualTo(before.pid());
        assertThat(before.handle().isAlive()).isFalse();
        assertThat(Platform.status(data)).extracting(PartStatus::name, PartStatus::health)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fake-service", "STOPPED"));
        assertThatThrownBy(() -> platform.kill("fake-service")).isInstanceOf(IllegalStateException.class);

        Duration took = platform.restart("fake-service");
        ManagedProcess after = platform.process("fake-service").orElseThrow();
        assertThat(after.pid()).isNotEqualTo(before.pid());
        assertThat(took).isPositive();
        assertThat(env(url).getProperty("SERVER_PORT")).isEqualTo(String.valueOf(URI.create(url).getPort()));
        assertThat(Platform.status(data)).extracting(PartStatus::name, PartStatus::pid, PartStatus::health)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fake-service", after.pid(), "UP"));
        assertThat(data.resolve("logs/fake-service.log.1")).exists();
        assertThatThrownBy(() -> platform.restart("fake-service")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still running");

        platform.close();
        assertThat(after.handle().isAlive()).isFalse();
    }

    @Test
    void theCommandStartsInTheForegroundAndStopsFromAnotherProcess() throws Exception {
        int mongoPort = PlatformConfig.freePorts(1).get(0);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsaola.repo=" + REPO, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "start")
                .redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + "-launcher.log").toFile());
        pb.environment().put("SAOLA_DATA_DIR", data.toString());
        pb.environment().put("SAOLA_PARTS", "mongo");
        pb.environment().put("SAOLA_MONGO_PORT", String.valueOf(mongoPort));
        pb.environment().remove("MONGODB_URI");
        Path log = data.resolveSibling(data.getFileName() + "-launcher.log");
        Process launcher = pb.start();
        processes.add(launcher);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // the summary's last line: everything above it has been printed
        while (!Files.exists(log) || !Files.readString(log).contains("Stop: Ctrl-C")) {
            assertThat(launcher.isAlive()).as("launcher alive; output so far:%n%s", read(log)).isTrue();
            assertThat(System.nanoTime()).as("ready in time").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(read(log)).contains("[mongo] ready in ", "total RSS", "Demo login");
        List<PartStatus> status = Platform.status(data);
        assertThat(status).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("mongo");
            assertThat(s.port()).isEqualTo(mongoPort);
            assertThat(s.health()).isEqualTo("UP");
        });
        ProcessHandle store = ProcessHandle.of(status.get(0).pid()).orElseThrow();

        // a second start on the same data folder is refused
        PlatformConfig second = PlatformConfig.builder(REPO).dataDir(data).noDiscoveredServices().freePorts()
                .only(PlatformConfig.MONGO).build();
        assertThatThrownBy(() -> start(second)).isInstanceOf(PlatformException.class).hasMessageContaining("already running");

        ByteArrayOutputStream stopOutput = new ByteArrayOutputStream();
        assertThat(Platform.stopRunning(data, Duration.ofSeconds(15), new PrintStream(stopOutput, true, StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(store.isAlive()).isFalse();
        assertThat(read(log)).contains("[mongo] stopped in ");
        assertThat(Platform.status(data)).isEmpty();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static Properties env(String baseUrl) throws IOException {
        Properties p = new Properties();
        try (InputStream in = URI.create(baseUrl + "/env").toURL().openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    p.setProperty(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return p;
    }

}
