package io.saola.crm.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./saola start | stop | status | reset}: the one command of the local platform.
 *
 * <ul>
 *   <li>{@code start} starts everything, prints per-part timings, the URLs and the demo login, then stays in the
 *       foreground; Ctrl-C (or {@code ./saola stop}) stops everything in reverse order.</li>
 *   <li>{@code stop} stops a platform started from another terminal (only the recorded PIDs).</li>
 *   <li>{@code status} shows each part, its PID, port and health; exit code 0 only when all are UP.</li>
 *   <li>{@code reset} deletes the data folder (the platform must be stopped).</li>
 * </ul>
 *
 * Configuration is by environment variables; see {@link PlatformConfig#fromEnvironment}.
 */
public final class Launcher {

    private final PrintStream out;
    private final Path repoDir;
    private final Map<String, String> env;

    Launcher(PrintStream out, Path repoDir, Map<String, String> env) {
        this.out = out;
        this.repoDir = repoDir;
        this.env = env;
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        Launcher launcher = new Launcher(System.out, repoDir(), System.getenv());
        int code;
        try {
            code = launcher.run(command);
        } catch (PortInUseException e) {
            System.err.println("Cannot start Saola, nothing was started:");
            e.conflicts().forEach(c -> System.err.println("  " + c));
            code = 2;
        } catch (PlatformException e) {
            System.err.println("Saola: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    int run(String command) {
        return switch (command) {
            case "start" -> start();
            case "stop" -> stop();
            case "status" -> status();
            case "reset" -> reset();
            case "bench" -> GatewayBenchmark.run(repoDir, out, env);
            case "bench-lists" -> ListBenchmark.run(repoDir, out, env);
            case "bench-conversions" -> ConversionBenchmark.run(repoDir, out, env);
            case "help", "-h", "--help" -> help(0);
            default -> {
                out.println("unknown command: " + command);
                yield help(64);
            }
        };
    }

    private int help(int code) {
        out.println("""
                Usage: ./saola <command>
                  start    start the local platform in the foreground (Ctrl-C stops it)
                  stop     stop a platform started from another terminal
                  status   each part with its PID, port and health (UP/DOWN)
                  logs P   follow the log of part P (./saola logs sales-service)
                  reset    delete the data folder (stopped platform only)
                  bench    gateway benchmark: direct vs gateway without and with token checks (needs wrk;
                           starts its own platform on free ports; see docs/PERFORMANCE.md)
                  bench-lists  list latency through the gateway with N accounts (SAOLA_BENCH_ACCOUNTS=10000,100000)
                  bench-conversions  lead conversions through the saga: rate and 202 -> CONVERTED latency per
                           concurrency, Kafka produce -> consume as the floor (SAOLA_BENCH_LEADS=40 per round,
                           SAOLA_BENCH_CONCURRENCY=1,4,16, SAOLA_BENCH_ROUNDS=3; own platform on free ports)
                Environment: SAOLA_DATA_DIR (default .saola), SAOLA_<PART>_PORT (GATEWAY 8080, IDENTITY 8081,
                  CUSTOMER 8082, SALES 8083, SALES_DATA 8084, SERVICE_DESK 8085, MARKETING 8086, REPORTING 8087,
                  KEYCLOAK 8180, KEYCLOAK_MANAGEMENT 9180, KAFKA 9092, KAFKA_CONTROLLER 9093, MONGO 27017),
                  MONGODB_URI (use that MongoDB, no embedded store), SAOLA_PARTS (start only these, comma-separated),
                  SAOLA_JAVA_HOME (JDK for the processes; default: the newest found), SAOLA_SERVICE_JAVA_OPTS,
                  SAOLA_PARALLEL_STARTS, SAOLA_READINESS_TIMEOUT (seconds), SAOLA_KEEP_GOING=true (a failing service
                  does not stop the rest).""");
        return code;
    }

    private Path dataDir() {
        String d = env.get("SAOLA_DATA_DIR");
        return d == null || d.isBlank() ? repoDir.resolve(".saola") : Path.of(d).toAbsolutePath().normalize();
    }

    private int start() {
        PlatformConfig config = PlatformConfig.fromEnvironment(repoDir, env);
        out.printf("Saola CRM local platform%n  data    %s%n  java    %d (%s)%n", display(config.dataDir()),
                config.jdk().major(), config.jdk().home());
        if (!config.embeddedMongo()) {
            out.println("  mongo   MONGODB_URI is set: using it, no embedded store");
        }
        Platform platform = new Platform(config);
        platform.start();
        summary(platform);
        try {
            new CountDownLatch(1).await(); // until Ctrl-C / SIGTERM: the platform's shutdown hook stops everything
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void summary(Platform platform) {
        PlatformConfig config = platform.config();
        List<ManagedProcess> processes = platform.processes();
        long rss = platform.totalRssBytes();
        out.println();
        out.printf(Locale.ROOT, "Saola CRM is up: %d processes ready in %.1f s (cold start), total RSS %s (launcher included)%n",
                processes.size(), platform.coldStart().toMillis() / 1000.0, mib(rss));
        StringBuilder timings = new StringBuilder("  timings:");
        platform.readyTimes().forEach((part, d) -> timings.append(String.format(Locale.ROOT, " %s %.1f s,", part,
                d.toMillis() / 1000.0)));
        out.println(timings.substring(0, timings.length() - 1));
        StringBuilder memory = new StringBuilder("  RSS:");
        memory.append(" launcher ").append(mib(ManagedProcess.rssOfPid(ProcessHandle.current().pid()))).append(',');
        for (ManagedProcess p : processes) {
            memory.append(' ').append(p.name()).append(' ').append(mib(p.rssBytes())).append(',');
        }
        out.println(memory.substring(0, memory.length() - 1));
        out.println();
        if (platform.process(PlatformConfig.GATEWAY).isPresent()) {
            out.printf("  %-20s %s/   (any workspace: http://<slug>.localhost:%d/)%n",
                    "Web app / API", platform.workspaceUrl(ServiceComponent.DEMO_WORKSPACE), config.service(PlatformConfig.GATEWAY).port());
        }
        for (ManagedProcess p : processes) {
            if (!p.name().equals(PlatformConfig.GATEWAY)) {
                out.printf("  %-20s %s%n", p.name(), p.url());
            }
        }
        if (platform.process(PlatformConfig.KEYCLOAK).isPresent()) {
            out.printf("  %-20s %s/admin/  (user %s, password %s: DEV ONLY)%n", "Keycloak admin", config.keycloakUrl(),
                    KeycloakComponent.DEV_ADMIN_USER, KeycloakComponent.DEV_ADMIN_PASSWORD);
            out.printf("  %-20s %s%n", "OIDC issuer", config.issuerUri());
        }
        platform.skipped().forEach((part, why) -> out.printf("  %-20s not started: %s%n", part, why));
        platform.failedParts().forEach((part, why) -> out.printf("  %-20s FAILED: %s%n", part, why.lines().findFirst().orElse(why)));
        out.println();
        out.printf("  Demo login (local profile only): workspace %s, user %s, password %s%n",
                ServiceComponent.DEMO_WORKSPACE, ServiceComponent.DEMO_ADMIN_EMAIL, ServiceComponent.DEMO_ADMIN_PASSWORD);
        if (platform.process(PlatformConfig.KEYCLOAK).isPresent()) {
            out.println("    " + demoLoginCheck(config));
        }
        out.printf("  Logs in %s   Status: ./saola status   Stop: Ctrl-C here or ./saola stop%n",
                display(config.logDir()));
        out.flush();
    }

    /** Whether Keycloak already knows the demo user (identity-service provisions it under the local profile). */
    static String demoLoginCheck(PlatformConfig config) {
        String body = "grant_type=password&client_id=saola-web&scope=openid%20organization:" + ServiceComponent.DEMO_WORKSPACE
                + "&username=" + URLEncoder.encode(ServiceComponent.DEMO_ADMIN_EMAIL, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(ServiceComponent.DEMO_ADMIN_PASSWORD, StandardCharsets.UTF_8);
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(config.issuerUri() + "/protocol/openid-connect/token")
                    .toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setConnectTimeout(2000);
            c.setReadTimeout(10000);
            c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            try (OutputStream o = c.getOutputStream()) {
                o.write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status == 200 ? "(checked: Keycloak issues a token for it)"
                    : "(not provisioned yet: identity-service creates it at start under the local profile)";
        } catch (IOException e) {
            return "(could not check: " + e.getMessage() + ")";
        }
    }

    private int stop() {
        Path dataDir = dataDir();
        Platform.stopRunning(dataDir, Duration.ofSeconds(20), out);
        return 0;
    }

    private int status() {
        Path dataDir = dataDir();
        List<PartStatus> parts = Platform.status(dataDir);
        var launcher = Platform.runningLauncher(dataDir);
        if (parts.isEmpty() && launcher.isEmpty()) {
            out.println("Saola is not running (data folder " + display(dataDir) + ")");
            return 3;
        }
        out.printf("%-22s %8s %6s  %-7s %9s  %s%n", "PART", "PID", "PORT", "HEALTH", "RSS", "URL");
        out.printf("%-22s %8s %6s  %-7s %9s  %s%n", "launcher", launcher.map(p -> String.valueOf(p.pid())).orElse("-"), "-",
                launcher.isPresent() ? "UP" : "STOPPED",
                launcher.map(p -> mib(ManagedProcess.rssOfPid(p.pid()))).orElse("-"), "");
        long total = launcher.map(p -> ManagedProcess.rssOfPid(p.pid())).orElse(0L);
        boolean allUp = launcher.isPresent();
        for (PartStatus p : parts) {
            out.printf("%-22s %8d %6d  %-7s %9s  %s%n", p.name(), p.pid(), p.port(), p.health(),
                    p.rssBytes() > 0 ? mib(p.rssBytes()) : "-", p.url());
            total += p.rssBytes();
            allUp &= p.up();
        }
        out.printf("total RSS %s%n", mib(total));
        return allUp ? 0 : 1;
    }

    private int reset() {
        Path dataDir = dataDir();
        if (Platform.runningLauncher(dataDir).isPresent()
                || Platform.status(dataDir).stream().anyMatch(p -> !"STOPPED".equals(p.health()))) {
            throw new PlatformException("Saola is running with " + display(dataDir) + ": ./saola stop first");
        }
        if (!Files.exists(dataDir)) {
            out.println("nothing to delete: " + display(dataDir));
            return 0;
        }
        try (var entries = Files.list(dataDir)) {
            for (Path p : entries.toList()) {
                if (p.getFileName().toString().equals("cache")) {
                    continue; // the unpacked Keycloak distribution: not data
                }
                KeycloakComponent.deleteTree(p);
            }
        } catch (IOException e) {
            throw new PlatformException("cannot delete " + dataDir + ": " + e.getMessage(), e);
        }
        out.println("deleted the data in " + display(dataDir) + " (store, Kafka logs, Keycloak database, logs)");
        return 0;
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    static String mib(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.2f GiB", bytes / 1024.0 / 1024 / 1024);
        }
        return String.format(Locale.ROOT, "%d MiB", bytes / 1024 / 1024);
    }

    /** {@code -Dsaola.repo} (set by ./saola), else the first folder upwards from here with the Saola root pom. */
    static Path repoDir() {
        String explicit = System.getProperty("saola.repo");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path pom = dir.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.isDirectory(dir.resolve("deploy"))
                        && Files.readString(pom).contains("<artifactId>saola-crm</artifactId>")) {
                    return dir;
                }
            } catch (IOException ignored) {
                // keep looking
            }
            dir = dir.getParent();
        }
        throw new PlatformException("cannot find the Saola repo from " + Path.of("").toAbsolutePath()
                + " (run ./saola from the repo, or pass -Dsaola.repo=<dir>)");
    }
}
