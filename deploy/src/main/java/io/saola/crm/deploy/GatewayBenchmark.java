package io.saola.crm.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The gateway's cost, measured side by side in one run: the same authenticated GET
 * ({@code /api/workspaces/current} of identity-service, which verifies the bearer token itself) sent
 * <ol>
 *   <li>straight to identity-service, with the workspace header the gateway would add;</li>
 *   <li>through a second gateway started with {@code SAOLA_GATEWAY_TOKEN_CHECK=false} (routing, workspace
 *       resolution, header hygiene, no token verification);</li>
 *   <li>through the platform's gateway, which verifies the real Keycloak token on every request.</li>
 * </ol>
 * Load comes from {@code wrk} on loopback. The targets take turns, round after round, so that a noisy neighbour
 * hurts all three alike; medians over the rounds are reported with the ratios to direct and the gateway's CPU time
 * per request (from the kernel's accounting of the gateway process, {@link ProcessHandle.Info#totalCpuDuration()}).
 * Rate limiting is switched off for both gateways: it is a per-workspace budget, not part of the cost measured.
 *
 * <p>Run with {@code ./saola bench} (see docs/PERFORMANCE.md); it starts its own platform on free ports in a
 * temporary folder and stops every process it started when it ends.
 */
public final class GatewayBenchmark {

    private static final String PATH = "/api/workspaces/current";
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s|m)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: (.*)");

    private final Path repoDir;
    private final PrintStream out;
    private final int rounds;
    private final int seconds;
    private final int connections;
    private ManagedProcess identity;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    GatewayBenchmark(Path repoDir, PrintStream out, int rounds, int seconds, int connections) {
        this.repoDir = repoDir;
        this.out = out;
        this.rounds = rounds;
        this.seconds = seconds;
        this.connections = connections;
    }

    /** {@code rounds seconds connections} may be set with SAOLA_BENCH_ROUNDS, _SECONDS, _CONNECTIONS. */
    static int run(Path repoDir, PrintStream out, Map<String, String> env) {
        if (!onPath("wrk")) {
            out.println("saola bench needs wrk (Debian/Ubuntu: sudo apt-get install -y wrk)");
            return 2;
        }
        GatewayBenchmark benchmark = new GatewayBenchmark(repoDir, out,
                intSetting(env, "SAOLA_BENCH_ROUNDS", 5), intSetting(env, "SAOLA_BENCH_SECONDS", 10),
                intSetting(env, "SAOLA_BENCH_CONNECTIONS", 16));
        try {
            return benchmark.run();
        } catch (IOException e) {
            out.println("bench: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    int run() throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("saola-bench");
        Jdk jdk = Jdk.newest(System.getenv());
        // full tiered compilation for every measured process: the launcher's C1-only default favours start-up
        List<String> jvm = new ArrayList<>(List.of("-Xss512k", "-XX:+UseSerialGC", "-Xms64m", "-Xmx256m"));
        if (jdk.major() >= 21) {
            jvm.add("-Dspring.threads.virtual.enabled=true");
        }
        PlatformConfig config = PlatformConfig.builder(repoDir)
                .dataDir(dataDir)
                .jdk(jdk)
                .freePorts()
                .only(PlatformConfig.MONGO, PlatformConfig.KAFKA, PlatformConfig.KEYCLOAK, PlatformConfig.IDENTITY,
                        PlatformConfig.GATEWAY)
                .serviceJvmOptions(jvm)
                .serviceEnv("SAOLA_GATEWAY_RATE_LIMIT_ENABLED", "false")
                .out(out)
                .build();
        ManagedProcess unchecked = null;
        try (Platform platform = Platform.start(config)) {
            unchecked = startUncheckedGateway(platform, jdk, jvm, dataDir);
            identity = platform.process(PlatformConfig.IDENTITY).orElseThrow();
            ManagedProcess gateway = platform.process(PlatformConfig.GATEWAY).orElseThrow();

            List<Target> targets = List.of(
                    new Target("direct to identity-service", null,
                            platform.serviceUrl(PlatformConfig.IDENTITY) + PATH, Map.of("X-Saola-Workspace", "demo")),
                    new Target("gateway, no token check", unchecked, unchecked.url() + PATH,
                            Map.of("Host", "demo.localhost:" + unchecked.port())),
                    new Target("gateway, token verified", gateway, platform.gatewayUrl() + PATH,
                            Map.of("Host", "demo.localhost:" + gateway.port())));

            String token = login(platform.issuerUri());
            for (Target target : targets) {
                target.checkAnswers(token);
            }
            out.printf("%nwarm-up: %d s per target%n", 2 * seconds);
            for (Target target : targets) {
                wrk(target, token, 2 * seconds);
            }
            Map<Target, List<Run>> runs = new LinkedHashMap<>();
            targets.forEach(t -> runs.put(t, new ArrayList<>()));
            for (int round = 1; round <= rounds; round++) {
                token = login(platform.issuerUri()); // Keycloak's access tokens live 5 minutes
                out.printf("round %d/%d%n", round, rounds);
                for (int i = 0; i < targets.size(); i++) {
                    Target target = targets.get((i + round - 1) % targets.size());
                    Run run = wrk(target, token, seconds);
                    runs.get(target).add(run);
                    out.printf(Locale.ROOT, "  %-28s %7.0f req/s  p50 %7.3f ms  p99 %7.3f ms  CPU/req: gateway %4.0f us,"
                                    + " identity-service %4.0f us%n", target.name, run.rate, run.p50Millis, run.p99Millis,
                            run.gatewayMicrosPerRequest(), run.serviceMicrosPerRequest());
                }
            }
            report(runs, jdk, config);
            return 0;
        } finally {
            if (unchecked != null) {
                unchecked.terminate(Duration.ofSeconds(20));
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private ManagedProcess startUncheckedGateway(Platform platform, Jdk jdk, List<String> jvm, Path dataDir)
            throws IOException, InterruptedException {
        ServiceSpec gateway = platform.config().service(PlatformConfig.GATEWAY);
        List<Integer> ports = PlatformConfig.freePorts(2);
        int port = ports.get(0);
        List<String> cmd = new ArrayList<>();
        cmd.add(jdk.java().toString());
        cmd.add("-Dsaola.part=gateway-unchecked");
        cmd.addAll(jvm);
        cmd.add("-jar");
        cmd.add(gateway.jar().toString());
        ProcessBuilder builder = new ProcessBuilder(cmd);
        Map<String, String> env = builder.environment();
        for (ServiceSpec service : platform.config().services()) {
            if (!service.isGateway()) {
                env.put(service.urlVariable(), "http://127.0.0.1:" + service.port());
            }
        }
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("KEYCLOAK_URL", platform.keycloakUrl());
        env.put("KEYCLOAK_REALM", PlatformConfig.REALM);
        env.put("SAOLA_BASE_DOMAIN", "localhost");
        env.put("SAOLA_GATEWAY_TOKEN_CHECK", "false");
        env.put("SAOLA_GATEWAY_RATE_LIMIT_ENABLED", "false");
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(ports.get(1)));
        Path log = dataDir.resolve("gateway-unchecked.log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        out.println("[gateway-unchecked] starting a second gateway without token checks on port " + port);
        long started = System.nanoTime();
        String url = "http://127.0.0.1:" + port;
        ManagedProcess process = new ManagedProcess("gateway-unchecked", builder.start(), port, url,
                url + "/readyz", 2, log);
        long deadline = started + Duration.ofMinutes(3).toNanos();
        while (!Probes.healthy(process.healthUri())) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.terminate(Duration.ofSeconds(10));
                throw new IOException("the second gateway did not become ready; its log ends:\n" + process.logTail(30));
            }
            Thread.sleep(250);
        }
        out.println("[gateway-unchecked] ready in " + Platform.seconds(System.nanoTime() - started));
        return process;
    }

    private String login(String issuerUri) throws IOException, InterruptedException {
        return KeycloakLogins.accessToken(http, issuerUri, ServiceComponent.DEMO_WORKSPACE, ServiceComponent.DEMO_ADMIN_EMAIL,
                ServiceComponent.DEMO_ADMIN_PASSWORD);
    }

    private Run wrk(Target target, String token, int durationSeconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + durationSeconds + "s",
                "--latency", "--timeout", "10s", "-H", "Authorization: Bearer " + token));
        target.headers.forEach((name, value) -> cmd.addAll(List.of("-H", name + ": " + value)));
        cmd.add(target.url);
        Duration gatewayBefore = cpu(target.gateway);
        Duration serviceBefore = cpu(identity);
        Process wrk = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(durationSeconds + 60L, java.util.concurrent.TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            wrk.destroyForcibly();
            throw new IOException("wrk failed against " + target.name + ":\n" + output);
        }
        return Run.parse(target.name, output, cpu(target.gateway).minus(gatewayBefore),
                cpu(identity).minus(serviceBefore));
    }

    /** User + system CPU time the kernel has charged to the process so far (zero for no process). */
    private static Duration cpu(ManagedProcess process) {
        return process == null ? Duration.ZERO : process.handle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private void report(Map<Target, List<Run>> runs, Jdk jdk, PlatformConfig config) {
        List<Target> targets = new ArrayList<>(runs.keySet());
        double directRate = median(runs.get(targets.get(0)).stream().map(r -> r.rate).toList());
        out.printf("%n## Gateway benchmark: GET %s, wrk -t1 -c%d, %d rounds x %d s per target, JDK %d, %d CPUs%n%n",
                PATH, connections, rounds, seconds, jdk.major(), Runtime.getRuntime().availableProcessors());
        out.println("| path | req/s | ratio to direct | p50 ms | p99 ms | gateway CPU/request | identity-service CPU/request |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Target target : targets) {
            List<Run> list = runs.get(target);
            double rate = median(list.stream().map(r -> r.rate).toList());
            // the ratio of each round, then the median: the targets of one round share the same neighbours
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ratios.add(list.get(i).rate / runs.get(targets.get(0)).get(i).rate);
            }
            out.printf(Locale.ROOT, "| %s | %.0f | %.2f× | %.2f | %.2f | %s | %.0f µs |%n", target.name, rate,
                    median(ratios), median(list.stream().map(r -> r.p50Millis).toList()),
                    median(list.stream().map(r -> r.p99Millis).toList()),
                    target.gateway == null ? "–"
                            : String.format(Locale.ROOT, "%.0f µs", median(list.stream().map(Run::gatewayMicrosPerRequest).toList())),
                    median(list.stream().map(Run::serviceMicrosPerRequest).toList()));
        }
        out.printf(Locale.ROOT, "%nMedians over the rounds; the ratio is the median of each round's ratio to that "
                + "round's direct run (direct median %.0f req/s). Every response was a 200: a run with a non-2xx answer "
                + "or a socket error voids the benchmark.%n", directRate);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int intSetting(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new PlatformException(name + " must be a positive whole number, not '" + value + "'");
        }
    }

    /** One way to the same resource, and the gateway it goes through (null: straight to the service). */
    private final class Target {
        final String name;
        final ManagedProcess gateway;
        final String url;
        final Map<String, String> headers;

        Target(String name, ManagedProcess gateway, String url, Map<String, String> headers) {
            this.name = name;
            this.gateway = gateway;
            this.url = url;
            this.headers = headers;
        }

        /** One request first: the benchmark measures 200s, nothing else. */
        void checkAnswers(String token) throws IOException {
            List<String> cmd = new ArrayList<>(List.of("wrk", "-t1", "-c1", "-d1s", "-H", "Authorization: Bearer " + token));
            headers.forEach((header, value) -> cmd.addAll(List.of("-H", header + ": " + value)));
            cmd.add(url);
            Process wrk = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher non2xx = NON_2XX.matcher(output);
            if (non2xx.find() || !REQUESTS.matcher(output).find()) {
                throw new IOException(name + " does not answer 200 to the benchmark request:\n" + output);
            }
        }
    }

    /** What one wrk run saw. */
    record Run(double rate, long requests, double p50Millis, double p99Millis, Duration gatewayCpu,
               Duration serviceCpu) {

        double gatewayMicrosPerRequest() {
            return requests == 0 ? 0 : gatewayCpu.toNanos() / 1000.0 / requests;
        }

        double serviceMicrosPerRequest() {
            return requests == 0 ? 0 : serviceCpu.toNanos() / 1000.0 / requests;
        }

        static Run parse(String target, String output, Duration gatewayCpu, Duration serviceCpu) throws IOException {
            Matcher non2xx = NON_2XX.matcher(output);
            Matcher errors = ERRORS.matcher(output);
            if (non2xx.find() || errors.find()) {
                throw new IOException(target + ": not every response was a 200, the run is void:\n" + output);
            }
            Matcher rate = RATE.matcher(output);
            Matcher requests = REQUESTS.matcher(output);
            Map<String, Double> percentiles = new LinkedHashMap<>();
            Matcher p = PERCENTILE.matcher(output);
            while (p.find()) {
                percentiles.put(p.group(1), millis(Double.parseDouble(p.group(2)), p.group(3)));
            }
            if (!rate.find() || !requests.find() || percentiles.size() < 2) {
                throw new IOException(target + ": cannot read wrk's output:\n" + output);
            }
            return new Run(Double.parseDouble(rate.group(1)), Long.parseLong(requests.group(1)),
                    percentiles.get("50"), percentiles.get("99"), gatewayCpu, serviceCpu);
        }

        private static double millis(double value, String unit) {
            return switch (unit) {
                case "us" -> value / 1000;
                case "ms" -> value;
                case "s" -> value * 1000;
                case "m" -> value * 60_000;
                default -> throw new IllegalArgumentException(unit);
            };
        }
    }
}
