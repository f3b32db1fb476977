package io.saola.crm.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the launcher needs to know: where the repo and the data are, which JDK, which ports, which parts.
 *
 * <p>{@link #fromEnvironment(Path, Map)} reads the {@code SAOLA_*} variables (what {@code ./saola} uses);
 * {@link #builder(Path)} is for tests and tools, e.g. all parts on free ports with a temporary data folder:
 *
 * <pre>{@code
 * PlatformConfig config = PlatformConfig.builder(repoDir).dataDir(tempDir).freePorts().build();
 * try (Platform platform = Platform.start(config)) {
 *     String gateway = platform.gatewayUrl();
 * }
 * }</pre>
 */
public final class PlatformConfig {

    public static final String MONGO = "mongo";
    public static final String KAFKA = "kafka";
    public static final String KEYCLOAK = "keycloak";
    public static final String MAIL = "mail";
    public static final String IDENTITY = "identity-service";
    public static final String GATEWAY = "gateway";

    public static final String REALM = "saola";
    public static final String KEYCLOAK_VERSION_DEFAULT = "26.5.6";
    public static final String PROJECT_VERSION_DEFAULT = "0.1.0-SNAPSHOT";

    /** Default ports of the modules we know; a new {@code *-service} module gets the next free one from 8088 on. */
    public static final Map<String, Integer> DEFAULT_SERVICE_PORTS;

    static {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(GATEWAY, 8080);
        ports.put(IDENTITY, 8081);
        ports.put("customer-service", 8082);
        ports.put("sales-service", 8083);
        ports.put("sales-data-service", 8084);
        ports.put("service-desk-service", 8085);
        ports.put("marketing-service", 8086);
        ports.put("reporting-service", 8087);
        DEFAULT_SERVICE_PORTS = Map.copyOf(ports);
    }

    private final Path repoDir;
    private final Path dataDir;
    private final Path cacheDir;
    private final Path mavenRepository;
    private final Jdk jdk;
    private final int mongoPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final int keycloakPort;
    private final int keycloakManagementPort;
    private final int smtpPort;
    private final int mailPort;
    private final int gatewayManagementPort;
    private final String externalMongoUri;
    private final List<ServiceSpec> services;
    private final Set<String> only;
    private final boolean skipUnbuiltServices;
    private final boolean keepGoing;
    private final boolean servicesWaitForKeycloak;
    private final Duration readinessTimeout;
    private final Duration stopTimeout;
    private final int maxParallelServiceStarts;
    private final List<String> serviceJvmOptions;
    private final Map<String, String> serviceEnv;
    private final String springProfiles;
    private final String keycloakVersion;
    private final PrintStream out;

    private PlatformConfig(Builder b, List<ServiceSpec> services) {
        this.repoDir = b.repoDir;
        this.dataDir = b.dataDir;
        this.cacheDir = b.cacheDir;
        this.mavenRepository = b.mavenRepository;
        this.jdk = b.jdk;
        this.mongoPort = b.mongoPort;
        this.kafkaPort = b.kafkaPort;
        this.kafkaControllerPort = b.kafkaControllerPort;
        this.keycloakPort = b.keycloakPort;
        this.keycloakManagementPort = b.keycloakManagementPort;
        this.smtpPort = b.smtpPort;
        this.mailPort = b.mailPort;
        this.gatewayManagementPort = b.gatewayManagementPort;
        this.externalMongoUri = b.externalMongoUri;
        this.services = List.copyOf(services);
        this.only = Set.copyOf(b.only);
        this.skipUnbuiltServices = b.skipUnbuiltServices;
        this.keepGoing = b.keepGoing;
        this.servicesWaitForKeycloak = b.servicesWaitForKeycloak;
        this.readinessTimeout = b.readinessTimeout;
        this.stopTimeout = b.stopTimeout;
        this.maxParallelServiceStarts = b.maxParallelServiceStarts;
        this.serviceJvmOptions = b.serviceJvmOptions == null ? defaultServiceJvmOptions(jdk) : List.copyOf(b.serviceJvmOptions);
        this.serviceEnv = Map.copyOf(b.serviceEnv);
        this.springProfiles = b.springProfiles;
        this.keycloakVersion = b.keycloakVersion;
        this.out = b.out;
    }

    /** Memory-lean defaults for a Spring Boot service on a small machine (measured, see deploy/README.md). */
    public static List<String> defaultServiceJvmOptions(Jdk jdk) {
        List<String> opts = new ArrayList<>(List.of("-Xss512k", "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m"));
        if (jdk.major() >= 21) {
            opts.add("-Dspring.threads.virtual.enabled=true");
        }
        return opts;
    }

    public static Builder builder(Path repoDir) {
        return new Builder(repoDir);
    }

    /**
     * The configuration {@code ./saola} uses: ports from {@code SAOLA_<PART>_PORT}, data in {@code SAOLA_DATA_DIR}
     * (default {@code <repo>/.saola}), {@code MONGODB_URI} for an external MongoDB, {@code SAOLA_PARTS} to start
     * only some parts (comma-separated names).
     */
    public static PlatformConfig fromEnvironment(Path repoDir, Map<String, String> env) {
        Builder b = builder(repoDir).jdk(Jdk.newest(env)).skipUnbuiltServices(true).out(System.out);
        String dataDir = env.get("SAOLA_DATA_DIR");
        if (notBlank(dataDir)) {
            b.dataDir(Path.of(dataDir));
        }
        String cacheDir = env.get("SAOLA_CACHE_DIR");
        if (notBlank(cacheDir)) {
            b.cacheDir(Path.of(cacheDir));
        }
        b.mongoPort(port(env, "SAOLA_MONGO_PORT", b.mongoPort));
        b.kafkaPort(port(env, "SAOLA_KAFKA_PORT", b.kafkaPort));
        b.kafkaControllerPort(port(env, "SAOLA_KAFKA_CONTROLLER_PORT", b.kafkaControllerPort));
        b.keycloakPort(port(env, "SAOLA_KEYCLOAK_PORT", b.keycloakPort));
        b.keycloakManagementPort(port(env, "SAOLA_KEYCLOAK_MANAGEMENT_PORT", b.keycloakManagementPort));
        b.smtpPort(port(env, "SAOLA_SMTP_PORT", b.smtpPort));
        b.mailPort(port(env, "SAOLA_MAIL_PORT", b.mailPort));
        b.gatewayManagementPort(port(env, "SAOLA_GATEWAY_MANAGEMENT_PORT", b.gatewayManagementPort));
        String mongoUri = env.get("MONGODB_URI");
        if (notBlank(mongoUri)) {
            b.externalMongoUri(mongoUri);
        }
        for (String module : serviceModules(repoDir)) {
            String variable = "SAOLA_" + ServiceSpec.envStem(module) + "_PORT";
            if (notBlank(env.get(variable))) {
                b.servicePort(module, port(env, variable, 0));
            }
        }
        String parts = env.get("SAOLA_PARTS");
        if (notBlank(parts)) {
            b.only(Arrays.stream(parts.split("[,\\s]+")).filter(s -> !s.isBlank()).toArray(String[]::new));
        }
        b.keepGoing(Boolean.parseBoolean(env.getOrDefault("SAOLA_KEEP_GOING", "false").trim()));
        String timeout = env.get("SAOLA_READINESS_TIMEOUT");
        if (notBlank(timeout)) {
            b.readinessTimeout(Duration.ofSeconds(Long.parseLong(timeout.trim())));
        }
        String parallel = env.get("SAOLA_PARALLEL_STARTS");
        if (notBlank(parallel)) {
            b.maxParallelServiceStarts(Integer.parseInt(parallel.trim()));
        }
        String jvmOpts = env.get("SAOLA_SERVICE_JAVA_OPTS");
        if (notBlank(jvmOpts)) {
            List<String> opts = new ArrayList<>(defaultServiceJvmOptions(b.jdk));
            opts.addAll(Arrays.asList(jvmOpts.trim().split("\\s+")));
            b.serviceJvmOptions(opts);
        }
        if (env.containsKey("SAOLA_SPRING_PROFILES")) {
            b.springProfiles(env.get("SAOLA_SPRING_PROFILES"));
        }
        return b.build();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static int port(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (!notBlank(value)) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new PlatformException(variable + "=" + value + " is not a TCP port (1-65535)");
        }
    }

    /**
     * The process modules of the repo in start order: every {@code <module>} of the root pom that ends in
     * {@code -service} (identity-service first) and then {@code gateway}.
     */
    public static List<String> serviceModules(Path repoDir) {
        Path pom = repoDir.resolve("pom.xml");
        String xml;
        try {
            xml = Files.readString(pom);
        } catch (IOException e) {
            throw new PlatformException("cannot read " + pom + ": is " + repoDir + " the Saola repo?", e);
        }
        xml = xml.replaceAll("(?s)<!--.*?-->", "");
        Matcher m = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>").matcher(xml);
        List<String> modules = new ArrayList<>();
        boolean gateway = false;
        while (m.find()) {
            String module = m.group(1);
            if (module.endsWith("-service")) {
                modules.add(module);
            } else if (module.equals(GATEWAY)) {
                gateway = true;
            }
        }
        if (modules.remove(IDENTITY)) {
            modules.add(0, IDENTITY);
        }
        if (gateway) {
            modules.add(GATEWAY);
        }
        return modules;
    }

    public Path repoDir() {
        return repoDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path cacheDir() {
        return cacheDir;
    }

    public Path mavenRepository() {
        return mavenRepository;
    }

    public Jdk jdk() {
        return jdk;
    }

    public int mongoPort() {
        return mongoPort;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public int kafkaControllerPort() {
        return kafkaControllerPort;
    }

    public int keycloakPort() {
        return keycloakPort;
    }

    public int keycloakManagementPort() {
        return keycloakManagementPort;
    }

    /** The local mail server's SMTP port, where identity-service and Keycloak send. */
    public int smtpPort() {
        return smtpPort;
    }

    /** The local mailbox's HTTP port: the messages as a page and as JSON ({@code /api/messages}). */
    public int mailPort() {
        return mailPort;
    }

    /** The gateway's management port (metrics, the route table): loopback only, never routed. */
    public int gatewayManagementPort() {
        return gatewayManagementPort;
    }

    public String mailboxUrl() {
        return "http://127.0.0.1:" + mailPort;
    }

    /** The MongoDB the services use when set ({@code MONGODB_URI}); then no embedded store is started. */
    public String externalMongoUri() {
        return externalMongoUri;
    }

    public boolean embeddedMongo() {
        return externalMongoUri == null;
    }

    public List<ServiceSpec> services() {
        return services;
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** Whether this run starts the part (all parts unless {@link Builder#only(String...)} named some). */
    public boolean starts(String part) {
        if (part.equals(MONGO) && !embeddedMongo()) {
            return false;
        }
        return only.isEmpty() || only.contains(part);
    }

    public Set<String> only() {
        return only;
    }

    public boolean skipUnbuiltServices() {
        return skipUnbuiltServices;
    }

    /** A service that fails to start is reported and stopped; the rest of the platform keeps running. */
    public boolean keepGoing() {
        return keepGoing;
    }

    public boolean servicesWaitForKeycloak() {
        return servicesWaitForKeycloak;
    }

    public Duration readinessTimeout() {
        return readinessTimeout;
    }

    public Duration stopTimeout() {
        return stopTimeout;
    }

    public int maxParallelServiceStarts() {
        return maxParallelServiceStarts;
    }

    public List<String> serviceJvmOptions() {
        return serviceJvmOptions;
    }

    public Map<String, String> serviceEnv() {
        return serviceEnv;
    }

    public String springProfiles() {
        return springProfiles;
    }

    public String keycloakVersion() {
        return keycloakVersion;
    }

    public PrintStream out() {
        return out;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path runDir() {
        return dataDir.resolve("run");
    }

    public Path kafkaLibDir() {
        return repoDir.resolve("deploy/target/kafka-lib");
    }

    public Path realmFile() {
        return repoDir.resolve("deploy/keycloak/saola-realm.json");
    }

    public String mongoUri() {
        return embeddedMongo() ? "mongodb://127.0.0.1:" + mongoPort : externalMongoUri;
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    public String issuerUri() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    /** Builds a {@link PlatformConfig}; every setter is optional. */
    public static final class Builder {

        private final Path repoDir;
        private Path dataDir;
        private Path cacheDir;
        private Path mavenRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");
        private Jdk jdk = Jdk.newest(System.getenv());
        private int mongoPort = 27017;
        private int kafkaPort = 9092;
        private int kafkaControllerPort = 9093;
        private int keycloakPort = 8180;
        private int keycloakManagementPort = 9180;
        private int smtpPort = 2525;
        private int mailPort = 8025;
        private int gatewayManagementPort = 9080;
        private String externalMongoUri;
        private final Map<String, Integer> servicePorts = new LinkedHashMap<>();
        private final List<ServiceSpec> extraServices = new ArrayList<>();
        private boolean discoverServices = true;
        private final Set<String> only = new LinkedHashSet<>();
        private boolean skipUnbuiltServices;
        private boolean keepGoing;
        private boolean servicesWaitForKeycloak;
        private boolean freePorts;
        private Duration readinessTimeout = Duration.ofSeconds(240);
        private Duration stopTimeout = Duration.ofSeconds(20);
        private int maxParallelServiceStarts = 0;
        private List<String> serviceJvmOptions;
        private final Map<String, String> serviceEnv = new LinkedHashMap<>();
        private String springProfiles = "local";
        private String keycloakVersion = KEYCLOAK_VERSION_DEFAULT;
        private PrintStream out = new PrintStream(OutputStream.nullOutputStream());

        private Builder(Path repoDir) {
            this.repoDir = Objects.requireNonNull(repoDir, "repoDir").toAbsolutePath().normalize();
            this.dataDir = this.repoDir.resolve(".saola");
            this.cacheDir = this.repoDir.resolve(".saola").resolve("cache");
        }

        /** Where all runtime data lives (default {@code <repo>/.saola}): logs, run state, store files, Kafka logs. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath().normalize();
            return this;
        }

        /** Where the Keycloak distribution is unpacked and built once (default {@code <repo>/.saola/cache}). */
        public Builder cacheDir(Path cacheDir) {
            this.cacheDir = cacheDir.toAbsolutePath().normalize();
            return this;
        }

        public Builder mavenRepository(Path mavenRepository) {
            this.mavenRepository = mavenRepository;
            return this;
        }

        /** The JDK the processes run on (default: the newest found). */
        public Builder jdk(Jdk jdk) {
            this.jdk = Objects.requireNonNull(jdk);
            return this;
        }

        public Builder mongoPort(int port) {
            this.mongoPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder kafkaControllerPort(int port) {
            this.kafkaControllerPort = port;
            return this;
        }

        public Builder keycloakPort(int port) {
            this.keycloakPort = port;
            return this;
        }

        public Builder keycloakManagementPort(int port) {
            this.keycloakManagementPort = port;
            return this;
        }

        public Builder smtpPort(int port) {
            this.smtpPort = port;
            return this;
        }

        public Builder mailPort(int port) {
            this.mailPort = port;
            return this;
        }

        public Builder gatewayManagementPort(int port) {
            this.gatewayManagementPort = port;
            return this;
        }

        public Builder servicePort(String module, int port) {
            this.servicePorts.put(module, port);
            return this;
        }

        /** Use this MongoDB instead of starting the embedded store. */
        public Builder externalMongoUri(String uri) {
            this.externalMongoUri = uri;
            return this;
        }

        /** Every port (infrastructure and services) on a free ephemeral port chosen at {@link #build()}. */
        public Builder freePorts() {
            this.freePorts = true;
            return this;
        }

        /** Start only these parts (names as in {@code ./saola status}: mongo, kafka, keycloak, sales-service, ...). */
        public Builder only(String... parts) {
            this.only.addAll(Arrays.asList(parts));
            return this;
        }

        /** Do not look for the repo's service modules; only {@link #service(ServiceSpec)} ones run. */
        public Builder noDiscoveredServices() {
            this.discoverServices = false;
            return this;
        }

        /** Add (or replace, by name) a service process. */
        public Builder service(ServiceSpec spec) {
            this.extraServices.removeIf(s -> s.name().equals(spec.name()));
            this.extraServices.add(spec);
            return this;
        }

        /** Skip (with a message) modules whose executable jar is not built, instead of failing. */
        public Builder skipUnbuiltServices(boolean skip) {
            this.skipUnbuiltServices = skip;
            return this;
        }

        /**
         * When a service fails to start, report it, stop it and keep the rest running (parts that need it are not
         * started). Default false: any failure stops everything. Infrastructure failures always do.
         */
        public Builder keepGoing(boolean keepGoing) {
            this.keepGoing = keepGoing;
            return this;
        }

        /**
         * Whether every service starts only once Keycloak is ready (default false: they validate tokens against its JWKS
         * lazily, so they start alongside it; identity-service, which provisions the demo workspace, and the gateway
         * always wait for it). Measured: 8 services on 2 cores, cold start 71 s waiting vs 60 s alongside.
         */
        public Builder servicesWaitForKeycloak(boolean wait) {
            this.servicesWaitForKeycloak = wait;
            return this;
        }

        public Builder readinessTimeout(Duration timeout) {
            this.readinessTimeout = timeout;
            return this;
        }

        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        /** At most this many services starting at once (0: no limit). */
        public Builder maxParallelServiceStarts(int max) {
            this.maxParallelServiceStarts = max;
            return this;
        }

        /** JVM options of every service process, replacing {@link #defaultServiceJvmOptions(Jdk)}. */
        public Builder serviceJvmOptions(List<String> options) {
            this.serviceJvmOptions = List.copyOf(options);
            return this;
        }

        /** Extra environment for every service process. */
        public Builder serviceEnv(String name, String value) {
            this.serviceEnv.put(name, value);
            return this;
        }

        /** {@code SPRING_PROFILES_ACTIVE} of the services (default {@code local}); empty or null: not set. */
        public Builder springProfiles(String profiles) {
            this.springProfiles = profiles;
            return this;
        }

        public Builder keycloakVersion(String version) {
            this.keycloakVersion = version;
            return this;
        }

        /** Where progress is printed (default: nowhere). */
        public Builder out(PrintStream out) {
            this.out = Objects.requireNonNull(out);
            return this;
        }

        public PlatformConfig build() {
            List<ServiceSpec> services = new ArrayList<>();
            if (discoverServices) {
                int nextPort = 8088;
                for (String module : serviceModules(repoDir)) {
                    int port = servicePorts.getOrDefault(module, DEFAULT_SERVICE_PORTS.getOrDefault(module, 0));
                    if (port == 0) {
                        port = nextPort++;
                    }
                    services.add(ServiceSpec.jar(module, port, defaultJar(repoDir, module)));
                }
            }
            for (ServiceSpec extra : extraServices) {
                services.removeIf(s -> s.name().equals(extra.name()));
                int port = servicePorts.getOrDefault(extra.name(), extra.port());
                services.add(extra.withPort(port));
            }
            // gateway last, identity-service first
            services.sort((a, c) -> Integer.compare(rank(a), rank(c)));
            if (freePorts) {
                List<Integer> ports = PlatformConfig.freePorts(8 + services.size());
                mongoPort = ports.get(0);
                kafkaPort = ports.get(1);
                kafkaControllerPort = ports.get(2);
                keycloakPort = ports.get(3);
                keycloakManagementPort = ports.get(4);
                smtpPort = ports.get(5);
                mailPort = ports.get(6);
                gatewayManagementPort = ports.get(7);
                for (int i = 0; i < services.size(); i++) {
                    services.set(i, services.get(i).withPort(ports.get(8 + i)));
                }
            }
            return new PlatformConfig(this, services);
        }

        private static int rank(ServiceSpec s) {
            return s.name().equals(IDENTITY) ? 0 : s.isGateway() ? 2 : 1;
        }
    }

    /** {@code <repo>/<module>/target/<module>-<version>.jar}. */
    public static Path defaultJar(Path repoDir, String module) {
        return repoDir.resolve(module).resolve("target").resolve(module + "-" + PROJECT_VERSION_DEFAULT + ".jar");
    }

    /** Distinct free ports on 127.0.0.1, held open together while they are chosen so none repeats. */
    public static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports.add(s.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }
}
