package io.saola.crm.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A JDK (or JRE) installation: its home and feature version. */
public record Jdk(Path home, int major) {

    private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_VERSION=\"?(\\d+)(?:[.\"+-]|$)", Pattern.MULTILINE);

    public Path java() {
        return home.resolve("bin").resolve("java");
    }

    /** The JDK this JVM runs on. */
    public static Jdk current() {
        return new Jdk(Path.of(System.getProperty("java.home")), Runtime.version().feature());
    }

    /** Reads {@code <home>/release}; empty when it is not a usable Java installation. */
    public static Optional<Jdk> at(Path home) {
        try {
            Path real = home.toRealPath();
            if (!Files.isExecutable(real.resolve("bin").resolve("java"))) {
                return Optional.empty();
            }
            Path release = real.resolve("release");
            if (Files.isReadable(release)) {
                Matcher m = RELEASE_VERSION.matcher(Files.readString(release));
                if (m.find()) {
                    return Optional.of(new Jdk(real, Integer.parseInt(m.group(1))));
                }
            }
            if (real.equals(Path.of(System.getProperty("java.home")).toRealPath())) {
                return Optional.of(current());
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The JDK to run the platform's processes on: {@code SAOLA_JAVA_HOME} when set, else the newest of
     * {@code JAVA_HOME}, the installations under {@code /usr/lib/jvm} and the running JVM (newer JDKs give virtual
     * threads and a smaller footprint).
     */
    public static Jdk newest(Map<String, String> env) {
        String explicit = env.get("SAOLA_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return at(Path.of(explicit))
                    .orElseThrow(() -> new PlatformException("SAOLA_JAVA_HOME=" + explicit + " is not a Java installation"));
        }
        List<Jdk> candidates = new ArrayList<>();
        String javaHome = env.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            at(Path.of(javaHome)).ifPresent(candidates::add);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                dirs.sorted().forEach(d -> at(d).ifPresent(candidates::add));
            } catch (IOException ignored) {
                // fall back to what we have
            }
        }
        candidates.add(current());
        Jdk best = candidates.get(0);
        for (Jdk c : candidates) {
            if (c.major > best.major) {
                best = c;
            }
        }
        return best;
    }
}
