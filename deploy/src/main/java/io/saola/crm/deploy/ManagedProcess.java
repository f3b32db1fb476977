package io.saola.crm.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One OS process of the platform: its PID, the port it serves, how to check it, where it logs. */
public final class ManagedProcess {

    private final String name;
    private final ProcessHandle handle;
    private final Process process;
    private final Instant startInstant;
    private final int port;
    private final String url;
    private final String healthUri;
    private final int layer;
    private final Path logFile;

    ManagedProcess(String name, Process process, int port, String url, String healthUri, int layer, Path logFile) {
        this.name = name;
        this.process = process;
        this.handle = process.toHandle();
        this.startInstant = handle.info().startInstant().orElse(Instant.now());
        this.port = port;
        this.url = url;
        this.healthUri = healthUri;
        this.layer = layer;
        this.logFile = logFile;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    public ProcessHandle handle() {
        return handle;
    }

    public Instant startInstant() {
        return startInstant;
    }

    public int port() {
        return port;
    }

    public String url() {
        return url;
    }

    public String healthUri() {
        return healthUri;
    }

    /** Parts of a higher layer depend on lower ones: stop goes from the highest layer down. */
    public int layer() {
        return layer;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    public boolean logContains(String text) {
        try {
            return Files.isReadable(logFile) && Files.readString(logFile, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines of its log, for error messages. */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }

    /** SIGTERM to the process (and what it started), SIGKILL after {@code grace}; true if it had to be killed. */
    public boolean terminate(Duration grace) {
        return terminate(handle, grace);
    }

    /**
     * Stops a process and its descendants: SIGTERM first, SIGKILL whatever is still alive after {@code grace}.
     *
     * @return true if SIGKILL was needed
     */
    public static boolean terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> family = new ArrayList<>();
        family.add(root);
        root.descendants().forEach(family::add);
        root.destroy();
        long deadline = System.nanoTime() + grace.toNanos();
        if (!waitFor(root, deadline)) {
            family.forEach(ProcessHandle::destroyForcibly);
            waitFor(root, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            return true;
        }
        // a wrapper script (kc.sh) may have exited before its child: give the rest the same treatment
        boolean killed = false;
        for (ProcessHandle p : family) {
            if (p.isAlive()) {
                p.destroy();
                if (!waitFor(p, System.nanoTime() + grace.toNanos())) {
                    p.destroyForcibly();
                    killed = true;
                }
            }
        }
        return killed;
    }

    private static boolean waitFor(ProcessHandle p, long deadlineNanos) {
        try {
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining > 0) {
                p.onExit().get(remaining, TimeUnit.NANOSECONDS);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // fall through
        }
        return !p.isAlive();
    }

    /** Resident memory of the process and its descendants, from /proc (0 where unavailable). */
    public long rssBytes() {
        return rssBytes(handle);
    }

    public static long rssBytes(ProcessHandle root) {
        long total = rssOfPid(root.pid());
        total += root.descendants().mapToLong(p -> rssOfPid(p.pid())).sum();
        return total;
    }

    static long rssOfPid(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.trim().split("\\s+");
                    return Long.parseLong(parts[1]) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone or no /proc
        }
        return 0;
    }
}
