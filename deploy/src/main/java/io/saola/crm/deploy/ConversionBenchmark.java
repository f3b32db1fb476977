package io.saola.crm.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
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
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How fast leads convert through the saga (sales-service → customer-service → sales-service over Kafka), as a
 * client of the gateway sees it with a real Keycloak token: the demo workspace gets N leads (B2B and B2C), then, at each concurrency level (that many conversions in flight, each
 * client starting its next conversion once the previous one is done), conversions per second and the end-to-end
 * latency from the 202 to the lead being CONVERTED (each request names the opportunity and its amount). CONVERTED is observed by consuming {@code LeadConverted.v1} from
 * {@code crm.sales.lead.v1} on the platform's broker in this JVM (same clock as the requests); one more row observes
 * it the way a browser could, polling {@code GET /api/leads/{id}/conversion}. The floor: produce → consume latency
 * of the same broker on a topic of its own (one producer, {@code acks=all}, one consumer, one message at a time).
 * Where the time goes: when each lead's {@code LeadConversionRequested} and {@code AccountCreatedForLead} were
 * consumed here splits the saga into its three steps.
 * Every figure is the median over the rounds.
 *
 * <p>Run with {@code ./saola bench-conversions}; it starts its own platform on free ports in a temporary folder,
 * talks to it over loopback only and stops every process it started. Settings: {@code SAOLA_BENCH_LEADS} (per
 * round, default 40), {@code SAOLA_BENCH_CONCURRENCY} (default {@code 1,4,16}), {@code SAOLA_BENCH_ROUNDS}
 * (default 3).
 */
public final class ConversionBenchmark {

    static final String LEAD_TOPIC = "crm.sales.lead.v1";
    static final String CUSTOMER_TOPIC = "crm.customer.conversion.v1";
    private static final Duration ONE_CONVERSION_WITHIN = Duration.ofSeconds(60);
    private static final Duration WHOLE_RUN_WITHIN = Duration.ofMinutes(20);
    private static final int FLOOR_MESSAGES = 300;
    private static final int FLOOR_WARM_UP = 50;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern LEAD_ID = Pattern.compile("\"leadId\"\\s*:\\s*\"([^\"]+)\"");

    private final Path repoDir;
    private final PrintStream out;
    private final int leadsPerRound;
    private final List<Integer> levels;
    private final int rounds;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private int gatewayPort;
    private String issuer;
    private volatile String token;
    private volatile long tokenAt;
    private long deadline;

    ConversionBenchmark(Path repoDir, PrintStream out, int leadsPerRound, List<Integer> levels, int rounds) {
        this.repoDir = repoDir;
        this.out = out;
        this.leadsPerRound = leadsPerRound;
        this.levels = levels;
        this.rounds = rounds;
    }

    static int run(Path repoDir, PrintStream out, Map<String, String> env) {
        try {
            Class.forName("org.apache.kafka.clients.consumer.KafkaConsumer");
        } catch (ClassNotFoundException e) {
            out.println("bench-conversions needs the Kafka client on the classpath (deploy/target/kafka-lib/*):"
                    + " run it as ./saola bench-conversions");
            return 1;
        }
        int leads;
        int rounds;
        List<Integer> levels;
        try {
            leads = Integer.parseInt(env.getOrDefault("SAOLA_BENCH_LEADS", "40").trim());
            rounds = Integer.parseInt(env.getOrDefault("SAOLA_BENCH_ROUNDS", "3").trim());
            levels = Arrays.stream(env.getOrDefault("SAOLA_BENCH_CONCURRENCY", "1,4,16").split(","))
                    .map(String::trim).map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            out.println("SAOLA_BENCH_LEADS, SAOLA_BENCH_ROUNDS and SAOLA_BENCH_CONCURRENCY (comma-separated) must be"
                    + " whole numbers: " + e.getMessage());
            return 64;
        }
        if (leads < 1 || leads > 2_000 || rounds < 1 || rounds > 9 || levels.isEmpty()
                || levels.stream().anyMatch(c -> c < 1 || c > 64)) {
            out.println("bench-conversions: 1-2000 leads per round, 1-9 rounds, concurrency 1-64");
            return 64;
        }
        try {
            return new ConversionBenchmark(repoDir, out, leads, levels, rounds).run();
        } catch (IOException | TimeoutException | ExecutionException e) {
            out.println("bench-conversions: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    int run() throws IOException, InterruptedException, TimeoutException, ExecutionException {
        Path dataDir = Files.createTempDirectory("saola-bench-conversions");
        Jdk jdk = Jdk.newest(System.getenv());
        List<String> jvm = new ArrayList<>(List.of("-Xss512k", "-XX:+UseSerialGC", "-Xms64m", "-Xmx256m"));
        if (jdk.major() >= 21) {
            jvm.add("-Dspring.threads.virtual.enabled=true");
        }
        PlatformConfig config = PlatformConfig.builder(repoDir)
                .dataDir(dataDir).jdk(jdk).freePorts()
                .only(PlatformConfig.MONGO, PlatformConfig.KAFKA, PlatformConfig.KEYCLOAK, PlatformConfig.IDENTITY,
                        "customer-service", "sales-service", PlatformConfig.GATEWAY)
                .serviceJvmOptions(jvm)
                .serviceEnv("SAOLA_GATEWAY_RATE_LIMIT_ENABLED", "false")
                .out(out)
                .build();
        deadline = System.nanoTime() + WHOLE_RUN_WITHIN.toNanos();
        boolean done = false;
        try (Platform platform = Platform.start(config)) {
            gatewayPort = URI.create(platform.gatewayUrl()).getPort();
            issuer = platform.issuerUri();
            List<Row> rows = new ArrayList<>();
            List<Mode> modes = new ArrayList<>();
            for (int level : levels) {
                modes.add(new Mode(level, false));
            }
            modes.add(new Mode(1, true));
            int warmUp = Math.min(20, leadsPerRound);
            int total = warmUp + leadsPerRound * modes.size() * rounds;
            long seedStart = System.nanoTime();
            List<String> leads = seed(total);
            out.printf(Locale.ROOT, "  %d leads created in %.1f s%n", leads.size(), (System.nanoTime() - seedStart) / 1e9);

            try (Converted converted = new Converted(platform.kafkaBootstrapServers());
                 Floor floor = new Floor(platform.kafkaBootstrapServers(), "saola-bench-floor-" + run)) {
                // one unmeasured round first: JIT, connection pools, consumer assignments settle
                round(new Mode(4, false), leads.subList(0, warmUp), converted);
                int next = warmUp;
                List<List<Round>> byMode = new ArrayList<>();
                modes.forEach(m -> byMode.add(new ArrayList<>()));
                List<double[]> floors = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    for (int m = 0; m < modes.size(); m++) {
                        Round result = round(modes.get(m), leads.subList(next, next + leadsPerRound), converted);
                        next += leadsPerRound;
                        byMode.get(m).add(result);
                        out.printf(Locale.ROOT, "  round %d, %s: %.1f conversions/s, p50 %.1f ms, p95 %.1f ms%s%n",
                                r + 1, modes.get(m), result.perSecond(), result.from202[0], result.from202[1],
                                modes.get(m).polling() ? String.format(Locale.ROOT,
                                        " (LeadConverted consumed: p50 %.1f ms)", result.kafkaSeen()[0]) : "");
                    }
                    double[] f = floor.measure(FLOOR_MESSAGES, FLOOR_WARM_UP);
                    floors.add(f);
                    out.printf(Locale.ROOT, "  round %d, Kafka produce -> consume: p50 %.2f ms, p95 %.2f ms%n", r + 1,
                            f[0], f[1]);
                }
                for (int m = 0; m < modes.size(); m++) {
                    rows.add(Row.median(modes.get(m), byMode.get(m)));
                }
                out.println();
                out.println(table(rows, median(floors.stream().mapToDouble(f -> f[0]).toArray()),
                        median(floors.stream().mapToDouble(f -> f[1]).toArray()), leadsPerRound, rounds));
            }
            done = true;
            return 0;
        } finally {
            if (!done && Files.isDirectory(config.logDir())) {
                Path kept = Files.createTempDirectory("saola-bench-conversions-logs");
                try (Stream<Path> logs = Files.list(config.logDir())) {
                    for (Path log : logs.toList()) {
                        Files.copy(log, kept.resolve(log.getFileName()));
                    }
                }
                out.println("bench-conversions: the platform's logs are kept in " + kept);
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** How a round waits for a conversion: {@code concurrency} in flight, CONVERTED seen on Kafka or by polling. */
    record Mode(int concurrency, boolean polling) {
        @Override
        public String toString() {
            return polling ? "polling GET, 1 at a time" : concurrency + " in flight";
        }
    }

    /** One round's figures: rate, and p50/p95 in ms from the 202, from sending the request, and of the POST. */
    record Round(double perSecond, double[] from202, double[] fromRequest, double[] post, double[] kafkaSeen,
                 double[] hops) {
    }

    /** The medians of a mode's rounds. */
    record Row(Mode mode, double perSecond, double p50, double p95, double requestP50, double requestP95,
               double postP50, double kafkaP50, double[] hopP50s) {

        static Row median(Mode mode, List<Round> rounds) {
            return new Row(mode, ConversionBenchmark.median(rounds.stream().mapToDouble(Round::perSecond).toArray()),
                    ConversionBenchmark.median(rounds.stream().mapToDouble(r -> r.from202()[0]).toArray()),
                    ConversionBenchmark.median(rounds.stream().mapToDouble(r -> r.from202()[1]).toArray()),
                    ConversionBenchmark.median(rounds.stream().mapToDouble(r -> r.fromRequest()[0]).toArray()),
                    ConversionBenchmark.median(rounds.stream().mapToDouble(r -> r.fromRequest()[1]).toArray()),
                    ConversionBenchmark.median(rounds.stream().mapToDouble(r -> r.post()[0]).toArray()),
                    mode.polling() ? ConversionBenchmark.median(rounds.stream().mapToDouble(r -> r.kafkaSeen()[0])
                            .toArray()) : Double.NaN,
                    new double[] {
                        ConversionBenchmark.median(rounds.stream().mapToDouble(r -> r.hops()[0]).toArray()),
                        ConversionBenchmark.median(rounds.stream().mapToDouble(r -> r.hops()[1]).toArray()),
                        ConversionBenchmark.median(rounds.stream().mapToDouble(r -> r.hops()[2]).toArray())});
        }
    }

    static String table(List<Row> rows, double floorP50, double floorP95, int leadsPerRound, int rounds) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "## Lead conversion through the gateway (%d conversions per round,"
                + " medians of %d rounds)%n%n", leadsPerRound, rounds));
        sb.append("| conversions in flight | CONVERTED seen by | conversions/s | 202 -> CONVERTED p50 ms | p95 ms"
                + " | request sent -> CONVERTED p50 ms | p95 ms | POST (202) p50 ms |").append(System.lineSeparator());
        sb.append("|---:|---|---:|---:|---:|---:|---:|---:|").append(System.lineSeparator());
        for (Row r : rows) {
            String seenBy = r.mode().polling()
                    ? String.format(Locale.ROOT, "polling GET (LeadConverted consumed: p50 %.1f ms)", r.kafkaP50())
                    : "LeadConverted consumed";
            sb.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    r.mode().concurrency(), seenBy, r.perSecond(), r.p50(), r.p95(), r.requestP50(),
                    r.requestP95(), r.postP50()));
        }
        sb.append(String.format(Locale.ROOT, "%nWhere the time goes (p50 ms, each step's event as consumed here):%n%n"));
        sb.append("| conversions in flight | CONVERTED seen by | request sent -> LeadConversionRequested"
                + " | -> AccountCreatedForLead (customer-service) | -> LeadConverted (sales-service) |")
                .append(System.lineSeparator());
        sb.append("|---:|---|---:|---:|---:|").append(System.lineSeparator());
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f |%n", r.mode().concurrency(),
                    r.mode().polling() ? "polling GET" : "LeadConverted consumed", r.hopP50s()[0], r.hopP50s()[1],
                    r.hopP50s()[2]));
        }
        sb.append(String.format(Locale.ROOT, "%nFloor, the same broker: produce (acks=all) -> consume p50 %.2f ms,"
                + " p95 %.2f ms (one message at a time).%n", floorP50, floorP95));
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------ rounds

    private Round round(Mode mode, List<String> leads, Converted converted)
            throws InterruptedException, IOException, TimeoutException, ExecutionException {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(leads);
        List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(mode.concurrency());
        long start = System.nanoTime();
        try {
            List<Future<Void>> clients = new ArrayList<>();
            for (int c = 0; c < mode.concurrency(); c++) {
                clients.add(pool.submit(() -> {
                    String lead;
                    while ((lead = queue.poll()) != null) {
                        samples.add(convert(lead, mode, converted));
                    }
                    return null;
                }));
            }
            for (Future<Void> client : clients) {
                client.get(Math.max(1, remainingNanos()), TimeUnit.NANOSECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long end = samples.stream().mapToLong(s -> s[3]).max().orElse(start);
        double[] from202 = samples.stream().mapToDouble(s -> (s[3] - s[2]) / 1e6).toArray();
        double[] fromRequest = samples.stream().mapToDouble(s -> (s[3] - s[1]) / 1e6).toArray();
        double[] post = samples.stream().mapToDouble(s -> (s[2] - s[1]) / 1e6).toArray();
        double[] kafkaSeen = samples.stream().mapToDouble(s -> (s[4] - s[2]) / 1e6).toArray();
        double[] requested = samples.stream().mapToDouble(s -> (s[5] - s[1]) / 1e6).toArray();
        double[] customerStep = samples.stream().mapToDouble(s -> (s[6] - s[5]) / 1e6).toArray();
        double[] salesStep = samples.stream().mapToDouble(s -> (s[4] - s[6]) / 1e6).toArray();
        return new Round(samples.size() / ((end - start) / 1e9), p50p95(from202), p50p95(fromRequest), p50p95(post),
                p50p95(kafkaSeen), new double[] {p50p95(requested)[0], p50p95(customerStep)[0],
                        p50p95(salesStep)[0]});
    }

    /**
     * [-, sent, 202 received, CONVERTED observed, LeadConverted consumed, LeadConversionRequested consumed,
     * AccountCreatedForLead consumed] in System.nanoTime().
     */
    private long[] convert(String lead, Mode mode, Converted converted) throws Exception {
        CompletableFuture<Long> seen = converted.expect(lead);
        long sent = System.nanoTime();
        HttpResponse<String> accepted = send("POST", "/api/leads/" + lead + "/conversion", """
                {"opportunityName": "Phần mềm CRM - %s", "amount": {"amount": 12000000, "currency": "VND"}}
                """.formatted(lead.substring(0, 8)));
        long acceptedAt = System.nanoTime();
        if (accepted.statusCode() != 202) {
            throw new IOException("conversion of " + lead + " answered " + accepted.statusCode() + ": "
                    + accepted.body());
        }
        long observed;
        if (mode.polling()) {
            long until = System.nanoTime() + ONE_CONVERSION_WITHIN.toNanos();
            while (true) {
                HttpResponse<String> state = send("GET", "/api/leads/" + lead + "/conversion", null);
                long at = System.nanoTime();
                Matcher m = STATE.matcher(state.body());
                String value = state.statusCode() == 200 && m.find() ? m.group(1) : "?";
                if (value.equals("CONVERTED")) {
                    observed = at;
                    break;
                }
                if (!value.equals("REQUESTED") || at > until) {
                    throw new IOException("conversion of " + lead + " is " + state.statusCode() + " " + state.body());
                }
            }
        } else {
            observed = seen.get(ONE_CONVERSION_WITHIN.toSeconds(), TimeUnit.SECONDS);
        }
        long consumed = seen.get(ONE_CONVERSION_WITHIN.toSeconds(), TimeUnit.SECONDS);
        return new long[] {0, sent, acceptedAt, observed, consumed, converted.firstSeen(REQUESTED, lead),
            converted.firstSeen(ACCOUNT_CREATED, lead)};
    }

    // ------------------------------------------------------------------------------------------------ seeding

    /** {@code count} leads (every third B2C), 4 requests at a time. */
    private List<String> seed(int count) throws IOException, InterruptedException {
        List<String> leads = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String body = leadBody(i);
                String key = "bench-lead-" + run + "-" + i;
                sent.add(pool.submit(() -> create("/api/leads", body, key)));
            }
            for (Future<HttpResponse<String>> f : sent) {
                leads.add(id(created(f.get())));
            }
        } catch (ExecutionException e) {
            throw new IOException("creating leads failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return leads;
    }

    private String leadBody(int i) {
        String mobile = String.format(Locale.ROOT, "0913%06d", i);
        String email = "bench-" + run + "-" + i + "@khachhang.vn";
        return i % 3 == 2
                ? """
                {"kind": "B2C", "personName": "Lê Thị %d", "email": "%s", "mobile": "%s", "source": "REFERRAL"}
                """.formatted(i, email, mobile)
                : """
                {"kind": "B2B", "personName": "Phạm Văn %d", "company": "Công ty TNHH Bench %s %d",
                 "title": "Trưởng phòng", "email": "%s", "mobile": "%s", "source": "WEBSITE"}
                """.formatted(i, run, i, email, mobile);
    }

    // ------------------------------------------------------------------------------------------------ Kafka

    static final String REQUESTED = "LeadConversionRequested.v1";
    static final String ACCOUNT_CREATED = "AccountCreatedForLead.v1";

    /**
     * Consumes the saga's two topics from their end: completes the futures of the leads it sees converted and keeps
     * when each lead's first {@code LeadConversionRequested} and {@code AccountCreatedForLead} arrived.
     */
    private static final class Converted implements AutoCloseable {
        private final Map<String, CompletableFuture<Long>> expected = new ConcurrentHashMap<>();
        private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
        private final AtomicBoolean closed = new AtomicBoolean();
        private final Thread reader;
        private final CompletableFuture<Void> ready = new CompletableFuture<>();

        Converted(String bootstrap) throws InterruptedException, ExecutionException, TimeoutException {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "saola-bench-conversions");
            reader = new Thread(() -> {
                try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                        new StringDeserializer())) {
                    List<TopicPartition> partitions = new ArrayList<>();
                    for (String topic : List.of(LEAD_TOPIC, CUSTOMER_TOPIC)) {
                        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(60));
                        if (infos == null || infos.isEmpty()) {
                            throw new IllegalStateException(topic + " has no partitions");
                        }
                        infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                    }
                    consumer.assign(partitions);
                    consumer.seekToEnd(partitions);
                    partitions.forEach(consumer::position);
                    ready.complete(null);
                    while (!closed.get()) {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                            long at = System.nanoTime();
                            String type = header(record, "ce_type");
                            if (REQUESTED.equals(type)) {
                                firstSeen.putIfAbsent(type + " " + header(record, "ce_subject"), at);
                            } else if (ACCOUNT_CREATED.equals(type)) {
                                Matcher lead = LEAD_ID.matcher(record.value());
                                if (lead.find()) {
                                    firstSeen.putIfAbsent(type + " " + lead.group(1), at);
                                }
                            } else if ("LeadConverted.v1".equals(type)) {
                                String lead = header(record, "ce_subject");
                                CompletableFuture<Long> f = lead == null ? null : expected.get(lead);
                                if (f != null) {
                                    f.complete(at);
                                }
                            }
                        }
                    }
                } catch (Throwable e) {
                    ready.completeExceptionally(e);
                    expected.values().forEach(f -> f.completeExceptionally(e));
                }
            }, "bench-lead-converted");
            reader.setDaemon(true);
            reader.start();
            ready.get(90, TimeUnit.SECONDS);
        }

        /** When the lead's first event of that type was consumed (System.nanoTime()); 0 if never. */
        long firstSeen(String type, String lead) {
            return firstSeen.getOrDefault(type + " " + lead, 0L);
        }

        CompletableFuture<Long> expect(String lead) {
            return expected.computeIfAbsent(lead, k -> new CompletableFuture<>());
        }

        @Override
        public void close() throws InterruptedException {
            closed.set(true);
            reader.join(10_000);
        }
    }

    /** Produce → consume on a topic of the benchmark's own: the broker's share of every saga hop. */
    private static final class Floor implements AutoCloseable {
        private final String topic;
        private final KafkaProducer<String, String> producer;
        private final KafkaConsumer<String, String> consumer;

        Floor(String bootstrap, String topic) {
            this.topic = topic;
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
            Properties c = new Properties();
            c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        }

        /** p50 and p95 in ms of {@code count} messages, each sent once the previous one was consumed. */
        double[] measure(int count, int warmUp) throws IOException {
            if (consumer.assignment().isEmpty()) {
                // the local broker auto-creates the topic on first use
                producer.send(new ProducerRecord<>(topic, "k", "create"));
                producer.flush();
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(List.of(partition));
                consumer.seekToEnd(List.of(partition));
                consumer.position(partition);
            }
            double[] ms = new double[count];
            for (int i = -warmUp; i < count; i++) {
                String id = String.valueOf(i);
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, 0, "k", id));
                long until = sent + TimeUnit.SECONDS.toNanos(30);
                boolean got = false;
                while (!got) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                        if (record.value().equals(id)) {
                            got = true;
                        }
                    }
                    if (!got && System.nanoTime() > until) {
                        throw new IOException("a message on " + topic + " was not consumed within 30 s");
                    }
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - sent) / 1e6;
                }
            }
            return p50p95(ms);
        }

        @Override
        public void close() {
            producer.close(Duration.ofSeconds(5));
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ figures

    /** p50 and p95 (nearest rank) of the values. */
    static double[] p50p95(double[] values) {
        if (values.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {nearestRank(sorted, 50), nearestRank(sorted, 95)};
    }

    static double nearestRank(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The middle value; the mean of the two middle ones for an even count. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private long remainingNanos() throws TimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException("the benchmark did not finish within " + WHOLE_RUN_WITHIN.toMinutes() + " min");
        }
        return left;
    }

    /** The demo admin's token, logged in again before it expires (tokens live 5 minutes). */
    private String token() throws IOException, InterruptedException {
        synchronized (this) {
            if (token == null || System.nanoTime() - tokenAt > TimeUnit.MINUTES.toNanos(3)) {
                token = KeycloakLogins.accessToken(http, issuer, ServiceComponent.DEMO_WORKSPACE, ServiceComponent.DEMO_ADMIN_EMAIL,
                        ServiceComponent.DEMO_ADMIN_PASSWORD);
                tokenAt = System.nanoTime();
            }
            return token;
        }
    }

    private static String id(String json) throws IOException {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IOException("no id in " + json);
        }
        return m.group(1);
    }

    private static String created(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 201) {
            throw new IOException(response.request().method() + " " + response.request().uri().getPath()
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * A create that is sent again (same {@code Idempotency-Key}, so never twice) while the gateway answers 503: a
     * service that has just started may be slow to answer its first requests.
     */
    private HttpResponse<String> create(String path, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send("POST", path, body, Map.of("Idempotency-Key", idempotencyKey));
            if (response.statusCode() != 503 || attempt == 5) {
                return response;
            }
            Thread.sleep(500L * attempt);
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body, Map.of());
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + path))
                .timeout(Duration.ofSeconds(60))
                .header("Host", ServiceComponent.DEMO_WORKSPACE + ".localhost:" + gatewayPort)
                .header("Authorization", "Bearer " + token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
