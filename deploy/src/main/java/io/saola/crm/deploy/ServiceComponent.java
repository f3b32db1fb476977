package io.saola.crm.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** A Spring Boot service (or the gateway) as its own JVM; ready when {@code /actuator/health/readiness} says 200. */
final class ServiceComponent extends Component {

    static final String KEYCLOAK_ADMIN_CLIENT_ID = "saola-identity";
    /** DEV-ONLY secret of the saola-identity client in deploy/keycloak/saola-realm.json (local profile). */
    static final String KEYCLOAK_ADMIN_CLIENT_SECRET = "saola-identity-dev-secret";

    /** The demo workspace identity-service provisions at start (local profile; see its application.yml). */
    static final String DEMO_WORKSPACE = "demo";
    static final String DEMO_ADMIN_EMAIL = "admin@demo.local";
    /** DEV-ONLY demo password, local profile only. */
    static final String DEMO_ADMIN_PASSWORD = "demo1234";

    private final PlatformConfig config;
    private final ServiceSpec spec;

    ServiceComponent(PlatformConfig config, ServiceSpec spec) {
        super(spec.name());
        this.config = config;
        this.spec = spec;
    }

    ServiceSpec spec() {
        return spec;
    }

    @Override
    int port() {
        return spec.port();
    }

    @Override
    List<PortUse> ports() {
        if (spec.isGateway()) {
            return List.of(new PortUse(spec.port(), spec.portVariable()),
                    new PortUse(config.gatewayManagementPort(), "SAOLA_GATEWAY_MANAGEMENT_PORT"));
        }
        return List.of(new PortUse(spec.port(), spec.portVariable()));
    }

    @Override
    String url() {
        return "http://127.0.0.1:" + spec.port();
    }

    @Override
    String healthUri() {
        // the gateway answers only its probes on the public port; its actuator is on the management port
        return spec.isGateway() ? url() + "/readyz" : url() + "/actuator/health/readiness";
    }

    @Override
    int layer() {
        return spec.isGateway() ? 2 : 1;
    }

    @Override
    List<String> dependencies() {
        List<String> deps = new ArrayList<>(List.of(PlatformConfig.MONGO, PlatformConfig.KAFKA));
        boolean needsKeycloak = config.servicesWaitForKeycloak() || spec.isGateway()
                || spec.name().equals(PlatformConfig.IDENTITY);
        if (needsKeycloak) {
            deps.add(PlatformConfig.KEYCLOAK);
        }
        if (spec.isGateway()) {
            deps.add(PlatformConfig.IDENTITY);
        }
        return deps;
    }

    /** Null when it can run; otherwise why not (jar missing, or not an executable Spring Boot jar). */
    String notRunnableReason() {
        if (spec.jar() == null) {
            return null;
        }
        Path jar = spec.jar();
        if (!Files.isRegularFile(jar)) {
            return config.repoDir().relativize(jar.toAbsolutePath()) + " is not built";
        }
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            if (m == null || m.getMainAttributes().getValue("Main-Class") == null) {
                return config.repoDir().relativize(jar.toAbsolutePath()) + " is not an executable jar (no Main-Class yet)";
            }
        } catch (IOException e) {
            return jar + " cannot be read: " + e.getMessage();
        }
        return null;
    }

    /** A warning when the jar is older than the module's sources or pom (the launcher runs what is built). */
    String staleWarning() {
        if (spec.jar() == null || !Files.isRegularFile(spec.jar())) {
            return null;
        }
        Path module = config.repoDir().resolve(spec.name());
        try {
            long jarTime = Files.getLastModifiedTime(spec.jar()).toMillis();
            List<Path> inputs = new ArrayList<>(List.of(module.resolve("pom.xml")));
            Path src = module.resolve("src/main");
            if (Files.isDirectory(src)) {
                try (var files = Files.walk(src)) {
                    files.filter(Files::isRegularFile).forEach(inputs::add);
                }
            }
            for (Path input : inputs) {
                if (Files.exists(input) && Files.getLastModifiedTime(input).toMillis() > jarTime) {
                    return "its jar is older than " + config.repoDir().relativize(input)
                            + ": running the old build (rebuild: ./mvnw -B -pl " + spec.name() + " -am install -DskipTests)";
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The environment every service gets; the names are the contract with the services and docker-compose.yml. */
    Map<String, String> environment(Platform platform) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(spec.port()));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("MONGODB_URI", config.mongoUri());
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        env.put("KEYCLOAK_URL", config.keycloakUrl());
        env.put("KEYCLOAK_REALM", PlatformConfig.REALM);
        env.put("SAOLA_BASE_DOMAIN", "localhost");
        // /actuator/health/readiness outside Kubernetes
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        if (config.springProfiles() != null && !config.springProfiles().isBlank()) {
            env.put("SPRING_PROFILES_ACTIVE", config.springProfiles());
        }
        if (spec.name().equals(PlatformConfig.IDENTITY)) {
            env.put("KEYCLOAK_ADMIN_CLIENT_ID", KEYCLOAK_ADMIN_CLIENT_ID);
            env.put("KEYCLOAK_ADMIN_CLIENT_SECRET", KEYCLOAK_ADMIN_CLIENT_SECRET);
            env.put("SPRING_MAIL_HOST", "127.0.0.1");
            env.put("SPRING_MAIL_PORT", String.valueOf(config.smtpPort()));
            ServiceSpec gateway = config.service(PlatformConfig.GATEWAY);
            // the links in the mails it sends: where a person reaches the platform
            env.put("SAOLA_WEB_BASE_URL", "http://localhost:" + (gateway == null ? 8080 : gateway.port()));
        }
        if (spec.isGateway()) {
            env.put("MANAGEMENT_SERVER_PORT", String.valueOf(config.gatewayManagementPort()));
            env.put("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1");
            for (ServiceSpec other : config.services()) {
                if (!other.isGateway()) {
                    env.put(other.urlVariable(), "http://127.0.0.1:" + other.port());
                }
            }
        }
        env.putAll(config.serviceEnv());
        env.putAll(spec.extraEnv());
        return env;
    }

    @Override
    ProcessBuilder command(Platform platform) {
        List<String> cmd = new ArrayList<>();
        cmd.add(config.jdk().java().toString());
        cmd.add("-Dsaola.part=" + spec.name());
        cmd.addAll(config.serviceJvmOptions());
        if (spec.command().isEmpty()) {
            cmd.add("-jar");
            cmd.add(spec.jar().toString());
        } else {
            cmd.addAll(spec.command());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(environment(platform));
        return pb;
    }
}
