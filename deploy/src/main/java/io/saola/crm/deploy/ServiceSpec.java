package io.saola.crm.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Spring Boot process of the platform (a {@code *-service} module or the gateway).
 *
 * @param name     the module name, e.g. {@code sales-service}; also the part name in output, logs and state
 * @param port     its HTTP port ({@code SERVER_PORT})
 * @param jar      the executable jar ({@code <module>/target/<module>-<version>.jar}); null when {@code command} is given
 * @param command  what follows {@code java <jvm options>} instead of {@code -jar <jar>} (tests use a main class);
 *                 empty for the jar
 * @param extraEnv environment added to the standard one for this process
 */
public record ServiceSpec(String name, int port, Path jar, List<String> command, Map<String, String> extraEnv) {

    public ServiceSpec {
        Objects.requireNonNull(name, "name");
        command = command == null ? List.of() : List.copyOf(command);
        extraEnv = extraEnv == null ? Map.of() : Map.copyOf(extraEnv);
        if (jar == null && command.isEmpty()) {
            throw new IllegalArgumentException(name + ": a jar or a command is required");
        }
    }

    /** A module's fat jar. */
    public static ServiceSpec jar(String name, int port, Path jar) {
        return new ServiceSpec(name, port, jar, List.of(), Map.of());
    }

    /** A process started as {@code java <jvm options> <command...>}, e.g. {@code -cp <classpath> <main class>}. */
    public static ServiceSpec command(String name, int port, List<String> command) {
        return new ServiceSpec(name, port, null, command, Map.of());
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, newPort, jar, command, extraEnv);
    }

    public ServiceSpec withEnv(Map<String, String> env) {
        return new ServiceSpec(name, port, jar, command, env);
    }

    public boolean isGateway() {
        return PlatformConfig.GATEWAY.equals(name);
    }

    /** {@code sales-data-service} → {@code SALES_DATA}: the stem of {@code SAOLA_SALES_DATA_PORT} and {@code SALES_DATA_URL}. */
    public static String envStem(String moduleName) {
        String stem = moduleName.endsWith("-service") ? moduleName.substring(0, moduleName.length() - "-service".length())
                : moduleName;
        return stem.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /** {@code SAOLA_<STEM>_PORT}, the variable that moves this part's port. */
    public String portVariable() {
        return "SAOLA_" + envStem(name) + "_PORT";
    }

    /** {@code <STEM>_URL}, how the gateway is told where this service is. */
    public String urlVariable() {
        return envStem(name) + "_URL";
    }
}
