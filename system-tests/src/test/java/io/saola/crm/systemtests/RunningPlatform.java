package io.saola.crm.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import io.saola.crm.deploy.Platform;
import io.saola.crm.deploy.PlatformConfig;
import io.saola.crm.deploy.ServiceSpec;

/**
 * The platform under test: started on first use with every part on a free port and a temporary data folder,
 * stopped (every process it started, by PID) when the test JVM exits.
 */
final class RunningPlatform {

    /** The operator key of this run (identity-service's suspend/reactivate switch). */
    static final String OPERATOR_KEY = java.util.UUID.randomUUID().toString();

    private static Platform platform;
    private static Path dataDir;

    private RunningPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            Path repo = Paths.get("").toAbsolutePath().getParent();
            try {
                dataDir = Files.createTempDirectory("saola-system-tests");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PlatformConfig.Builder builder = PlatformConfig.builder(repo)
                    .dataDir(dataDir)
                    .freePorts()
                    .readinessTimeout(Duration.ofMinutes(6))
                    .serviceEnv("SAOLA_OPERATOR_KEY", OPERATOR_KEY)
                    // every sign-up of the suite comes from this one address: the per-client limit of the
                    // anonymous routes is proven by the gateway's own tests
                    .serviceEnv("SAOLA_ANONYMOUS_RATE_LIMIT_BURST", "100000");
            // -Dsaola.parts=mongo,kafka,keycloak,identity-service,gateway: a part of the platform, for running one
            // test while other modules are being rebuilt; CI starts everything
            String parts = System.getProperty("saola.parts", "");
            if (!parts.isBlank()) {
                builder.only(parts.split(","));
            }
            // -Dsaola.copyJars=true: the services run copies of their jars (in the data folder), so that a module
            // rebuilt while the tests run does not replace the jar under a running service
            if (Boolean.getBoolean("saola.copyJars")) {
                copyJars(repo, builder);
            }
            PlatformConfig config = builder.build();
            Platform started = new Platform(config);
            Runtime.getRuntime().addShutdownHook(new Thread(RunningPlatform::stop, "system-tests-platform-stop"));
            platform = started;
            started.start();
            System.out.printf("platform ready: cold start %.1f s, RSS %d MiB%n", started.coldStart().toMillis() / 1000.0,
                    started.totalRssBytes() / (1024 * 1024));
        }
        return platform;
    }

    private static void copyJars(Path repo, PlatformConfig.Builder builder) {
        try {
            Path jars = Files.createDirectories(dataDir.resolve("jars"));
            for (String module : PlatformConfig.serviceModules(repo)) {
                Path jar = PlatformConfig.defaultJar(repo, module);
                if (Files.isRegularFile(jar)) {
                    Path copy = Files.copy(jar, jars.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                    builder.service(ServiceSpec.jar(module, 0, copy));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts' logs outlive the data folder, in target/platform-logs, for reading after a failed run. */
    private static void keepLogs() {
        Path target = Paths.get("target", "platform-logs").toAbsolutePath();
        Path logs = dataDir.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.walk(logs)) {
            // <part>.log, and <part>.log.1 ... of the processes a crash test killed
            for (Path log : files.filter(p -> p.getFileName().toString().matches(".*\\.log(\\.\\d+)?")).toList()) {
                Path copy = target.resolve(logs.relativize(log).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(log, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("could not keep the platform's logs: " + e);
        }
    }

    private static synchronized void stop() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
        if (dataDir != null) {
            keepLogs();
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }
}
