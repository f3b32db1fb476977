package io.saola.crm.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * What a person waits for a list page through the gateway, on the embedded store: the demo workspace holds N
 * accounts among 10 workspaces (the nine others hold {@value #OTHERS_EACH} each); as the demo admin, with a real
 * Keycloak token, one request at a time, p50 and p95 of (a) a filtered, sorted first page of 50 and (b) a search
 * by name fragment. The accounts are created through the gateway like any client would. Sizes:
 * {@code SAOLA_BENCH_ACCOUNTS} (comma-separated, growing; default {@code 10000}).
 *
 * <p>Run with {@code ./saola bench-lists}; it starts its own platform on free ports in a temporary folder and
 * stops every process it started.
 */
public final class ListBenchmark {

    static final int OTHERS_EACH = 100;
    private static final int SAMPLES = 200;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khoa",
            "Lan", "Linh", "Minh", "Nam", "Ngọc", "Phúc", "Quân", "Tâm", "Thảo", "Trang", "Tuấn", "Vy"};
    private static final String[] STATUS = {"NEW", "NEED_IDENTIFIED", "NEGOTIATING", "CUSTOMER", "INACTIVE"};

    private final Path repoDir;
    private final PrintStream out;
    private final List<Integer> sizes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private int gatewayPort;

    ListBenchmark(Path repoDir, PrintStream out, List<Integer> sizes) {
        this.repoDir = repoDir;
        this.out = out;
        this.sizes = sizes;
    }

    static int run(Path repoDir, PrintStream out, Map<String, String> env) {
        String setting = env.getOrDefault("SAOLA_BENCH_ACCOUNTS", "10000");
        List<Integer> sizes;
        try {
            sizes = Arrays.stream(setting.split(",")).map(String::trim).map(Integer::parseInt).sorted().toList();
        } catch (NumberFormatException e) {
            out.println("SAOLA_BENCH_ACCOUNTS must be whole numbers separated by commas, not '" + setting + "'");
            return 64;
        }
        try {
            return new ListBenchmark(repoDir, out, sizes).run();
        } catch (IOException e) {
            out.println("bench-lists: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    int run() throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("saola-bench-lists");
        Jdk jdk = Jdk.newest(System.getenv());
        List<String> jvm = new ArrayList<>(List.of("-Xss512k", "-XX:+UseSerialGC", "-Xms64m", "-Xmx256m"));
        if (jdk.major() >= 21) {
            jvm.add("-Dspring.threads.virtual.enabled=true");
        }
        PlatformConfig config = PlatformConfig.builder(repoDir)
                .dataDir(dataDir).jdk(jdk).freePorts()
                .only(PlatformConfig.MONGO, PlatformConfig.KAFKA, PlatformConfig.KEYCLOAK, PlatformConfig.IDENTITY,
                        "customer-service", PlatformConfig.GATEWAY)
                .serviceJvmOptions(jvm)
                .serviceEnv("SAOLA_GATEWAY_RATE_LIMIT_ENABLED", "false")
                .out(out)
                .build();
        try (Platform platform = Platform.start(config)) {
            gatewayPort = URI.create(platform.gatewayUrl()).getPort();
            String issuer = platform.issuerUri();
            LocalSignUp signUps = new LocalSignUp(http, gatewayPort, new LocalMailbox(platform.mailboxUrl()));
            for (int w = 1; w <= 9; w++) {
                String slug = "other-" + w;
                String email = "admin@" + slug + ".vn";
                signUps.signUp(slug, "Other " + w, email, "Mat-khau-2026");
                seed(slug, login(issuer, slug, email, "Mat-khau-2026"), OTHERS_EACH, new Random(w));
            }
            String demoToken;
            Random random = new Random(42);
            int inDemo = 0;
            List<String> rows = new ArrayList<>();
            for (int size : sizes) {
                long seedStart = System.nanoTime();
                // tokens live 5 minutes: a fresh one per batch
                while (inDemo < size) {
                    int batch = Math.min(2_000, size - inDemo);
                    seed("demo", login(issuer, ServiceComponent.DEMO_WORKSPACE, ServiceComponent.DEMO_ADMIN_EMAIL, ServiceComponent.DEMO_ADMIN_PASSWORD),
                            batch, random);
                    inDemo += batch;
                    out.printf("  demo holds %,d accounts%n", inDemo);
                }
                double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
                demoToken = login(issuer, ServiceComponent.DEMO_WORKSPACE, ServiceComponent.DEMO_ADMIN_EMAIL, ServiceComponent.DEMO_ADMIN_PASSWORD);
                String firstPage = "/api/accounts?limit=50&sort=name&filter="
                        + URLEncoder.encode("status eq 'CUSTOMER'", StandardCharsets.UTF_8);
                String search = "/api/accounts?limit=50&q=nguy";
                double[] page = measure(demoToken, firstPage);
                double[] found = measure(demoToken, search);
                rows.add(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.0f s |", size,
                        size + 9 * OTHERS_EACH, page[0], page[1], found[0], found[1], seedSeconds));
            }
            out.printf("%n## List latency through the gateway (embedded store), one request at a time, %d samples%n%n",
                    SAMPLES);
            out.println("| accounts in the workspace | in the collection | first page p50 ms | first page p95 ms"
                    + " | search p50 ms | search p95 ms | created in |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|");
            rows.forEach(out::println);
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Creates {@code count} accounts, 4 requests at a time, each checked to be 201. */
    private void seed(String slug, String token, int count, Random random) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]
                        + " " + Integer.toString(random.nextInt(1 << 20), 36);
                String body = "{\"type\": \"B2C\", \"name\": \"" + name + "\", \"status\": \""
                        + STATUS[random.nextInt(STATUS.length)] + "\"}";
                sent.add(pool.submit(() -> send("POST", slug, "/api/accounts", token, body)));
            }
            for (Future<HttpResponse<String>> result : sent) {
                HttpResponse<String> response = result.get();
                if (response.statusCode() != 201) {
                    throw new IOException("creating an account failed: " + response.statusCode() + " "
                            + response.body());
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("creating accounts failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** p50 and p95 in ms of {@link #SAMPLES} sequential requests after 20 warm-up ones; each must be a 200. */
    private double[] measure(String token, String path) throws IOException, InterruptedException {
        for (int i = 0; i < 20; i++) {
            send("GET", "demo", path, token, null);
        }
        double[] ms = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = send("GET", "demo", path, token, null);
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        Arrays.sort(ms);
        return new double[] {ms[SAMPLES / 2], ms[(int) Math.ceil(SAMPLES * 0.95) - 1]};
    }

    private String login(String issuer, String workspace, String username, String password)
            throws IOException, InterruptedException {
        return KeycloakLogins.accessToken(http, issuer, workspace, username, password);
    }

    private HttpResponse<String> send(String method, String workspace, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", (workspace == null ? "" : workspace + ".") + "localhost:" + gatewayPort)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
