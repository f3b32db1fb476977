package io.saola.crm.deploy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Apache Kafka broker (kafka_2.13 from Maven Central, classpath in {@code deploy/target/kafka-lib}) in KRaft
 * combined mode on 127.0.0.1, its log in {@code <data>/kafka}. Formatted once (StorageTool random-uuid, format
 * --standalone); ready when it logs "Kafka Server started".
 */
final class KafkaComponent extends Component {

    static final String READY_LINE = "Kafka Server started";

    private final PlatformConfig config;

    KafkaComponent(PlatformConfig config) {
        super(PlatformConfig.KAFKA);
        this.config = config;
    }

    @Override
    int port() {
        return config.kafkaPort();
    }

    @Override
    List<PortUse> ports() {
        return List.of(new PortUse(config.kafkaPort(), "SAOLA_KAFKA_PORT"),
                new PortUse(config.kafkaControllerPort(), "SAOLA_KAFKA_CONTROLLER_PORT"));
    }

    @Override
    String url() {
        return config.kafkaBootstrapServers();
    }

    @Override
    String healthUri() {
        return "tcp://127.0.0.1:" + config.kafkaPort();
    }

    @Override
    int layer() {
        return 0;
    }

    @Override
    List<String> dependencies() {
        return List.of();
    }

    private Path dir() {
        return config.dataDir().resolve("kafka");
    }

    @Override
    void prepare(Platform platform) throws Exception {
        Path lib = config.kafkaLibDir();
        if (!Files.isDirectory(lib) || !Files.list(lib).findAny().isPresent()) {
            throw new PlatformException("Kafka's classpath is missing (" + lib + "): run ./mvnw -B -pl deploy package -DskipTests");
        }
        Path dir = dir();
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(dir.resolve("server.properties"), serverProperties(data));
        Files.writeString(dir.resolve("log4j2.properties"), LOG4J2);
        if (!Files.exists(data.resolve("meta.properties"))) {
            Path log = config.logDir().resolve("kafka-format.log");
            String clusterId = platform.runTool(name(), tool("random-uuid"), log).trim();
            String[] lines = clusterId.split("\\R");
            clusterId = lines[lines.length - 1].trim();
            Files.writeString(dir.resolve("cluster.id"), clusterId + System.lineSeparator());
            List<String> format = tool("format");
            format.addAll(List.of("-t", clusterId, "-c", dir.resolve("server.properties").toString(), "--standalone"));
            platform.runTool(name(), format, log);
        }
    }

    private List<String> tool(String command) {
        List<String> cmd = new ArrayList<>(List.of(config.jdk().java().toString(), "-Xmx128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dlog4j2.configurationFile=" + dir().resolve("log4j2.properties"),
                "-cp", classpath(), "kafka.tools.StorageTool", command));
        return cmd;
    }

    private String classpath() {
        return config.kafkaLibDir() + File.separator + "*";
    }

    String serverProperties(Path data) {
        int port = config.kafkaPort();
        int controller = config.kafkaControllerPort();
        return String.join(System.lineSeparator(),
                "# written by the Saola launcher at every start; edit PlatformConfig/KafkaComponent instead",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=3", // as EventTopics declares them, for a topic a producer creates first
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=10",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "share.coordinator.state.topic.num.partitions=10",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "") ;
    }

    @Override
    ProcessBuilder command(Platform platform) {
        List<String> cmd = new ArrayList<>(List.of(config.jdk().java().toString(), "-Dsaola.part=kafka",
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-Xss512k", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dir().resolve("log4j2.properties"),
                "-cp", classpath(), "kafka.Kafka", dir().resolve("server.properties").toString()));
        return new ProcessBuilder(cmd);
    }

    @Override
    boolean ready(ManagedProcess process) {
        return process.logContains(READY_LINE) && Probes.accepts("127.0.0.1", config.kafkaPort());
    }

    private static final String LOG4J2 = String.join(System.lineSeparator(),
            "status = warn",
            "shutdownHook = disable",
            "appender.stdout.type = Console",
            "appender.stdout.name = STDOUT",
            "appender.stdout.layout.type = PatternLayout",
            "appender.stdout.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.stdout.ref = STDOUT",
            "logger.statechange.name = state.change.logger",
            "logger.statechange.level = warn",
            "logger.request.name = kafka.request.logger",
            "logger.request.level = warn",
            "logger.authorizer.name = kafka.authorizer.logger",
            "logger.authorizer.level = warn",
            "logger.cleaner.name = kafka.log.LogCleaner",
            "logger.cleaner.level = warn",
            "");
}
