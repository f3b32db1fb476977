package io.saola.crm.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker), so it is checked as a document: every process module of the root
 * pom has a service with the environment the launcher gives it, ports, a healthcheck and depends_on the
 * infrastructure; MongoDB runs as a replica set.
 */
class DockerComposeFileTest {

    static final Path REPO = Path.of("").toAbsolutePath().getParent();

    /** What only the local launcher passes (profile and demo seeding), not the production-like stack. */
    static final Set<String> LAUNCHER_ONLY = Set.of("SPRING_PROFILES_ACTIVE");

    static final List<String> EVERY_SERVICE_NEEDS = List.of("SERVER_PORT", "SERVER_ADDRESS", "MONGODB_URI",
            "KAFKA_BOOTSTRAP_SERVERS", "KEYCLOAK_URL", "KEYCLOAK_REALM", "SAOLA_BASE_DOMAIN");

    static Map<String, Object> compose;
    static List<String> pomModules;

    @BeforeAll
    static void load() throws Exception {
        try (Reader r = Files.newBufferedReader(REPO.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(r);
        }
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(REPO.resolve("pom.xml").toFile());
        NodeList modules = doc.getElementsByTagName("module");
        pomModules = new ArrayList<>();
        for (int i = 0; i < modules.getLength(); i++) {
            pomModules.add(modules.item(i).getTextContent().trim());
        }
    }

    @Test
    void everyProcessModuleOfTheRootPomIsAComposeServiceWithWhatItNeeds() {
        assertThat(pomModules).contains("gateway", "identity-service");
        assertThat(problems(pomModules)).isEmpty();
    }

    @Test
    void aModuleAddedToThePomWithoutAComposeServiceIsCaught() {
        List<String> withNewModule = new ArrayList<>(pomModules);
        withNewModule.add("billing-service");
        assertThat(problems(withNewModule)).anyMatch(p -> p.contains("billing-service: no service"));
    }

    @Test
    void mongoIsASingleNodeReplicaSetInitiatedByItsHealthcheck() {
        Map<String, Object> mongo = service("mongo");
        assertThat((String) mongo.get("image")).startsWith("mongo:8");
        assertThat(String.join(" ", strings(mongo.get("command")))).contains("--replSet rs0");
        String health = String.join(" ", strings(map(mongo.get("healthcheck")).get("test")));
        assertThat(health).contains("rs.initiate", "rs0");
        for (String module : processModules(pomModules)) {
            assertThat(env(service(module)).get("MONGODB_URI")).as(module).contains("replicaSet=rs0");
        }
    }

    @Test
    void kafkaAndKeycloakAreTheProductionImages() {
        Map<String, Object> kafka = service("kafka");
        assertThat((String) kafka.get("image")).isEqualTo("apache/kafka:4.1.1");
        assertThat(env(kafka).get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(map(kafka.get("healthcheck"))).containsKey("test");

        Map<String, Object> keycloak = service("keycloak");
        assertThat((String) keycloak.get("image")).isEqualTo("quay.io/keycloak/keycloak:" + PlatformConfig.KEYCLOAK_VERSION_DEFAULT);
        assertThat(strings(keycloak.get("command"))).contains("start-dev", "--import-realm");
        assertThat(strings(keycloak.get("volumes"))).anyMatch(v -> v.startsWith("./deploy/keycloak:/opt/keycloak/data/import"));
        assertThat(map(keycloak.get("healthcheck"))).containsKey("test");
        assertThat(REPO.resolve("deploy/docker/Dockerfile")).exists();
    }

    /** Everything wrong with the compose file for these pom modules; empty when it is right. */
    static List<String> problems(List<String> modules) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> services = map(compose.get("services"));
        List<String> processModules = processModules(modules);
        List<ServiceSpec> specs = processModules.stream()
                .map(m -> ServiceSpec.jar(m, PlatformConfig.DEFAULT_SERVICE_PORTS.getOrDefault(m, 8099), Path.of("x.jar")))
                .toList();
        PlatformConfig.Builder withAll = PlatformConfig.builder(REPO).noDiscoveredServices();
        specs.forEach(withAll::service);
        PlatformConfig config = withAll.build();
        for (String module : processModules) {
            if (!services.containsKey(module)) {
                problems.add(module + ": no service in docker-compose.yml");
                continue;
            }
            Map<String, Object> service = map(services.get(module));
            Map<String, String> env = env(service);
            Set<String> needed = new TreeSet<>(EVERY_SERVICE_NEEDS);
            needed.addAll(new ServiceComponent(config, config.service(module)).environment(null).keySet());
            needed.removeAll(LAUNCHER_ONLY);
            if (module.equals(PlatformConfig.IDENTITY)) {
                needed.addAll(List.of("KEYCLOAK_ADMIN_CLIENT_ID", "KEYCLOAK_ADMIN_CLIENT_SECRET"));
            }
            if (module.equals(PlatformConfig.GATEWAY)) {
                processModules.stream().filter(m -> !m.equals(PlatformConfig.GATEWAY))
                        .forEach(m -> needed.add(ServiceSpec.envStem(m) + "_URL"));
            }
            for (String variable : needed) {
                if (!env.containsKey(variable) || String.valueOf(env.get(variable)).isBlank()) {
                    problems.add(module + ": environment lacks " + variable);
                }
            }
            if (module.equals(PlatformConfig.GATEWAY)) {
                for (String m : processModules) {
                    if (!m.equals(PlatformConfig.GATEWAY) && services.containsKey(m)) {
                        String url = env.get(ServiceSpec.envStem(m) + "_URL");
                        String port = env(map(services.get(m))).get("SERVER_PORT");
                        if (url != null && !url.equals("http://" + m + ":" + port)) {
                            problems.add("gateway: " + ServiceSpec.envStem(m) + "_URL=" + url + " is not http://" + m + ":" + port);
                        }
                    }
                }
            }
            List<String> ports = strings(service.get("ports"));
            String serverPort = env.get("SERVER_PORT");
            if (ports.isEmpty()) {
                problems.add(module + ": no ports");
            } else if (serverPort != null && ports.stream().noneMatch(p -> p.endsWith(":" + serverPort))) {
                problems.add(module + ": no port mapping to its SERVER_PORT " + serverPort);
            }
            Collection<String> dependsOn = dependsOn(service);
            for (String infra : List.of(PlatformConfig.MONGO, PlatformConfig.KAFKA, PlatformConfig.KEYCLOAK)) {
                if (!dependsOn.contains(infra)) {
                    problems.add(module + ": does not depend on " + infra);
                }
            }
            if (module.equals(PlatformConfig.GATEWAY) && !dependsOn.contains(PlatformConfig.IDENTITY)) {
                problems.add("gateway: does not depend on identity-service");
            }
            Object health = service.get("healthcheck");
            if (!(health instanceof Map<?, ?> h) || strings(h.get("test")).isEmpty()) {
                problems.add(module + ": no healthcheck");
            }
            Object build = service.get("build");
            if (!(build instanceof Map<?, ?> b) || !"deploy/docker/Dockerfile".equals(b.get("dockerfile"))
                    || !(b.get("args") instanceof Map<?, ?> args) || !module.equals(args.get("MODULE"))) {
                problems.add(module + ": not built with deploy/docker/Dockerfile and MODULE=" + module);
            }
        }
        return problems;
    }

    static List<String> processModules(List<String> modules) {
        return modules.stream().filter(m -> m.endsWith("-service") || m.equals(PlatformConfig.GATEWAY)).toList();
    }

    static Map<String, Object> service(String name) {
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsKey(name);
        return map(services.get(name));
    }

    /** {@code environment:} as a map or as a list of NAME=value. */
    static Map<String, String> env(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object e = service.get("environment");
        if (e instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (e instanceof List<?> l) {
            for (Object item : l) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return env;
    }

    static Collection<String> dependsOn(Map<String, Object> service) {
        Object d = service.get("depends_on");
        if (d instanceof Map<?, ?> m) {
            List<String> names = new ArrayList<>();
            m.forEach((k, v) -> names.add(String.valueOf(k)));
            return names;
        }
        return strings(d);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> ? (Map<String, Object>) o : Map.of();
    }

    static List<String> strings(Object o) {
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return o == null ? List.of() : List.of(String.valueOf(o));
    }
}
