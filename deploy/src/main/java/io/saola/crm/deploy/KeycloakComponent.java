package io.saola.crm.deploy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Keycloak from {@code org.keycloak:keycloak-quarkus-dist:<version>:tar.gz} (Maven Central, cached in ~/.m2),
 * unpacked and built once into the cache folder ({@code kc.sh build --db=dev-file --health-enabled=true}), then
 * {@code kc.sh start --optimized --cache=local} on 127.0.0.1 with the realm imported from
 * {@code deploy/keycloak/saola-realm.json}. Its H2 database lives in {@code <data>/keycloak}, so users and
 * workspaces survive a restart. Ready when the management port answers {@code /health/ready}.
 *
 * <p>{@code --cache=local} (a run-time option in 26.5): the production default forms an Infinispan cluster over
 * JGroups and binds non-loopback addresses (7800, 57800); a local single node needs none of that.
 */
final class KeycloakComponent extends Component {

    /** DEV-ONLY bootstrap admin of the master realm (admin console), local profile only. */
    static final String DEV_ADMIN_USER = "admin";
    static final String DEV_ADMIN_PASSWORD = "admin";

    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");

    private static final ReentrantLock PREPARE_LOCK = new ReentrantLock();

    private final PlatformConfig config;

    KeycloakComponent(PlatformConfig config) {
        super(PlatformConfig.KEYCLOAK);
        this.config = config;
    }

    @Override
    int port() {
        return config.keycloakPort();
    }

    @Override
    List<PortUse> ports() {
        return List.of(new PortUse(config.keycloakPort(), "SAOLA_KEYCLOAK_PORT"),
                new PortUse(config.keycloakManagementPort(), "SAOLA_KEYCLOAK_MANAGEMENT_PORT"));
    }

    @Override
    String url() {
        return config.keycloakUrl();
    }

    @Override
    String healthUri() {
        return "http://127.0.0.1:" + config.keycloakManagementPort() + "/health/ready";
    }

    @Override
    int layer() {
        return 0;
    }

    @Override
    List<String> dependencies() {
        return List.of();
    }

    Path home() {
        return config.cacheDir().resolve("keycloak-" + config.keycloakVersion());
    }

    @Override
    void prepare(Platform platform) throws Exception {
        Files.createDirectories(config.cacheDir());
        PREPARE_LOCK.lock();
        try (FileChannel channel = FileChannel.open(config.cacheDir().resolve("keycloak.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            Path home = home();
            if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
                unpack(platform, home);
            }
            Path marker = home.resolve(".saola-build");
            String expected = String.join(" ", BUILD_OPTIONS) + " jdk=" + config.jdk().major();
            if (!Files.exists(marker) || !Files.readString(marker).trim().equals(expected)) {
                long t0 = System.nanoTime();
                platform.say(name(), "building the optimized server (once) ...");
                List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
                cmd.addAll(BUILD_OPTIONS);
                platform.runTool(name(), cmd, config.logDir().resolve("keycloak-build.log"), environment());
                Files.writeString(marker, expected + System.lineSeparator());
                platform.say(name(), "built in " + Platform.seconds(System.nanoTime() - t0));
            }
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Path realm = config.realmFile();
            if (!Files.isReadable(realm)) {
                throw new PlatformException("realm file missing: " + realm);
            }
            Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            PREPARE_LOCK.unlock();
        }
        Files.createDirectories(dbDir());
    }

    private void unpack(Platform platform, Path home) throws Exception {
        String v = config.keycloakVersion();
        String file = "keycloak-quarkus-dist-" + v + ".tar.gz";
        Path tarball = config.mavenRepository().resolve("org/keycloak/keycloak-quarkus-dist").resolve(v).resolve(file);
        if (!Files.isReadable(tarball)) {
            Path download = config.cacheDir().resolve("download");
            Files.createDirectories(download);
            platform.say(name(), "downloading keycloak-quarkus-dist " + v + " (~160 MB, once; cached in ~/.m2) ...");
            long t0 = System.nanoTime();
            platform.runToolVisible(name(), List.of(config.repoDir().resolve("mvnw").toString(), "-B", "-N", "dependency:copy",
                    "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + v + ":tar.gz", "-DoutputDirectory=" + download),
                    config.logDir().resolve("keycloak-download.log"));
            tarball = download.resolve(file);
            platform.say(name(), "downloaded in " + Platform.seconds(System.nanoTime() - t0));
        }
        long t0 = System.nanoTime();
        Path tmp = Files.createTempDirectory(config.cacheDir(), "unpack-");
        try {
            platform.runTool(name(), List.of("tar", "xzf", tarball.toString(), "-C", tmp.toString()),
                    config.logDir().resolve("keycloak-unpack.log"));
            Path unpacked = tmp.resolve("keycloak-" + v);
            if (!Files.isDirectory(unpacked)) {
                throw new PlatformException("unexpected layout in " + tarball + ": no keycloak-" + v + "/");
            }
            deleteTree(home);
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(tmp);
        }
        platform.say(name(), "unpacked into " + home + " in " + Platform.seconds(System.nanoTime() - t0));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    Path dbDir() {
        return config.dataDir().resolve("keycloak");
    }

    Map<String, String> environment() {
        String append = "-Dsaola.part=keycloak";
        if (config.jdk().major() >= 24) {
            append += " --add-opens=java.base/java.lang=ALL-UNNAMED";
        }
        return Map.of(
                "JAVA_HOME", config.jdk().home().toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms32m -Xmx192m",
                "JAVA_OPTS_APPEND", append,
                // DEV-ONLY bootstrap admin for the master realm; local profile only, never a shared Keycloak
                "KC_BOOTSTRAP_ADMIN_USERNAME", DEV_ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", DEV_ADMIN_PASSWORD,
                // the realm import's smtpServer placeholders: Keycloak's mails (password reset) go to the local one
                "SAOLA_SMTP_HOST", "127.0.0.1",
                "SAOLA_SMTP_PORT", String.valueOf(config.smtpPort()));
    }

    @Override
    ProcessBuilder command(Platform platform) {
        int port = config.keycloakPort();
        ProcessBuilder pb = new ProcessBuilder(home().resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-port=" + config.keycloakManagementPort(),
                // a fixed issuer: tokens say iss=http://127.0.0.1:<port>/realms/saola however Keycloak was reached
                "--hostname=http://127.0.0.1:" + port, "--hostname-strict=false",
                "--cache=local",
                "--import-realm",
                "--db-url=jdbc:h2:file:" + dbDir().resolve("keycloakdb") + ";NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE");
        pb.environment().putAll(environment());
        return pb;
    }
}
