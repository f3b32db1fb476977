package io.saola.crm.deploy;

import io.saola.crm.deploy.store.DurableMongoStore;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The embedded Mongo-wire store ({@link DurableMongoStore}) in its own JVM, its H2 file in {@code <data>/mongo}. */
final class MongoStoreComponent extends Component {

    private final PlatformConfig config;

    MongoStoreComponent(PlatformConfig config) {
        super(PlatformConfig.MONGO);
        this.config = config;
    }

    @Override
    int port() {
        return config.mongoPort();
    }

    @Override
    List<PortUse> ports() {
        return List.of(new PortUse(config.mongoPort(), "SAOLA_MONGO_PORT"));
    }

    @Override
    String url() {
        return config.mongoUri();
    }

    @Override
    String healthUri() {
        return "tcp://127.0.0.1:" + config.mongoPort();
    }

    @Override
    int layer() {
        return 0;
    }

    @Override
    List<String> dependencies() {
        return List.of();
    }

    Path file() {
        return config.dataDir().resolve("mongo").resolve("saola.mv.db");
    }

    @Override
    ProcessBuilder command(Platform platform) throws Exception {
        Files.createDirectories(file().getParent());
        List<String> cmd = new ArrayList<>(List.of(config.jdk().java().toString(), "-Dsaola.part=mongo",
                "-Xms16m", "-Xmx384m", "-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", storeClasspath(config), DurableMongoStore.class.getName(),
                "--host", "127.0.0.1", "--port", String.valueOf(config.mongoPort()), "--file", file().toString()));
        return new ProcessBuilder(cmd);
    }

    @Override
    boolean ready(ManagedProcess process) {
        return process.logContains(DurableMongoStore.READY_MESSAGE) && Probes.accepts("127.0.0.1", config.mongoPort());
    }

    /** The deploy module's classes (directory or jar) plus {@code deploy/target/lib/*} (mongo-java-server, H2). */
    static String storeClasspath(PlatformConfig config) {
        Path own;
        try {
            own = Path.of(DurableMongoStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            own = config.repoDir().resolve("deploy/target/classes");
        }
        Path lib = config.repoDir().resolve("deploy/target/lib");
        if (!Files.isDirectory(lib)) {
            throw new PlatformException("the store's libraries are missing (" + lib + "): run ./mvnw -B -pl deploy package -DskipTests");
        }
        return own + File.pathSeparator + lib + File.separator + "*";
    }
}
