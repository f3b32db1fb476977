package io.saola.crm.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * What a running platform records in {@code <data>/run/saola.properties}: the launcher's PID and, per part, PID,
 * process start time, port, health URI and layer. {@code ./saola stop} and {@code ./saola status} read it from
 * another process; the start time guards against signalling a recycled PID.
 */
public final class RunState {

    public static final String FILE = "saola.properties";

    /** One recorded process. */
    public record Entry(String name, long pid, long startMillis, int port, String url, String healthUri, int layer) {

        /** The live process if this PID still belongs to the process we started (same start time). */
        public Optional<ProcessHandle> liveProcess() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> !zombie(p.pid())).filter(this::sameStart);
        }

        /** A killed process nobody has reaped yet still "is alive" for ProcessHandle. */
        private static boolean zombie(long pid) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(pid), "stat"));
                int end = stat.lastIndexOf(')');
                return end > 0 && stat.length() > end + 2 && stat.charAt(end + 2) == 'Z';
            } catch (java.io.IOException | RuntimeException e) {
                return false;
            }
        }

        private boolean sameStart(ProcessHandle p) {
            if (startMillis <= 0) {
                return true;
            }
            return p.info().startInstant().map(i -> Math.abs(i.toEpochMilli() - startMillis) < 2000).orElse(true);
        }
    }

    private final Path file;
    private final Properties props = new Properties();

    private RunState(Path file) {
        this.file = file;
    }

    public static RunState create(Path runDir) {
        return new RunState(runDir.resolve(FILE));
    }

    public static RunState load(Path runDir) {
        RunState state = new RunState(runDir.resolve(FILE));
        if (Files.isReadable(state.file)) {
            try (InputStream in = Files.newInputStream(state.file)) {
                state.props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return state;
    }

    public synchronized void launcher(ProcessHandle launcher) {
        props.setProperty("launcher.pid", String.valueOf(launcher.pid()));
        props.setProperty("launcher.start",
                String.valueOf(launcher.info().startInstant().map(Instant::toEpochMilli).orElse(0L)));
        save();
    }

    public synchronized Optional<Entry> launcher() {
        String pid = props.getProperty("launcher.pid");
        if (pid == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry("launcher", Long.parseLong(pid), Long.parseLong(props.getProperty("launcher.start", "0")),
                0, null, null, Integer.MAX_VALUE));
    }

    public synchronized void put(ManagedProcess p) {
        String k = "part." + p.name() + ".";
        props.setProperty(k + "pid", String.valueOf(p.pid()));
        props.setProperty(k + "start", String.valueOf(p.startInstant().toEpochMilli()));
        props.setProperty(k + "port", String.valueOf(p.port()));
        props.setProperty(k + "url", p.url() == null ? "" : p.url());
        props.setProperty(k + "health", p.healthUri() == null ? "" : p.healthUri());
        props.setProperty(k + "layer", String.valueOf(p.layer()));
        save();
    }

    public synchronized void remove(String name) {
        String k = "part." + name + ".";
        props.stringPropertyNames().stream().filter(n -> n.startsWith(k)).forEach(props::remove);
        save();
    }

    /** Recorded parts, lowest layer (started first) first. */
    public synchronized List<Entry> entries() {
        TreeSet<String> names = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("part.") && key.endsWith(".pid")) {
                names.add(key.substring("part.".length(), key.length() - ".pid".length()));
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (String name : names) {
            String k = "part." + name + ".";
            entries.add(new Entry(name, Long.parseLong(props.getProperty(k + "pid")),
                    Long.parseLong(props.getProperty(k + "start", "0")), Integer.parseInt(props.getProperty(k + "port", "0")),
                    props.getProperty(k + "url", ""), props.getProperty(k + "health", ""),
                    Integer.parseInt(props.getProperty(k + "layer", "0"))));
        }
        entries.sort(Comparator.comparingInt(Entry::layer).thenComparing(Entry::name));
        return entries;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    public synchronized void delete() {
        props.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Saola local platform: processes started by the launcher (./saola stop reads this)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
