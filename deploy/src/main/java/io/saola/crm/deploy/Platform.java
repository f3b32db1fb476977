package io.saola.crm.deploy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The local Saola platform: Mongo-wire store, Kafka, Keycloak, every service and the gateway, each its own OS
 * process, started in dependency order (in parallel where they do not depend on each other) and stopped in reverse.
 *
 * <p>Used by {@code ./saola} ({@link Launcher}) and by system tests:
 *
 * <pre>{@code
 * PlatformConfig config = PlatformConfig.builder(repoDir)      // the repo checkout (jars, realm, kafka-lib)
 *         .dataDir(tempDir)                                       // all state; deleted by the test
 *         .freePorts()                                            // every port chosen at run time
 *         .out(System.out)                                        // progress lines, optional
 *         .build();
 * try (Platform platform = Platform.start(config)) {
 *     platform.gatewayUrl();  platform.issuerUri();  platform.mongoUri();  platform.kafkaBootstrapServers();
 * }                                                               // close() stops every process it started
 * }</pre>
 *
 * <p>While running, {@code <data>/run/saola.properties} records each PID so that {@link #stopRunning} and
 * {@link #status(Path)} work from another process; a lock file keeps two launchers off one data folder.
 */
public final class Platform implements AutoCloseable {

    private final PlatformConfig config;
    private final List<ManagedProcess> running = new CopyOnWriteArrayList<>();
    private final Map<String, Long> readyNanos = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final Map<String, String> failedParts = new ConcurrentHashMap<>();
    private final Object outLock = new Object();
    private volatile boolean failed;
    private volatile boolean stopping;
    private boolean started;
    private boolean stopped;
    private long coldStartNanos;
    private RunState state;
    private FileChannel lockChannel;
    private FileLock lock;
    private Thread shutdownHook;

    public Platform(PlatformConfig config) {
        this.config = config;
    }

    /** Starts every configured part and returns once all are ready; stop it with {@link #close()}. */
    public static Platform start(PlatformConfig config) {
        Platform platform = new Platform(config);
        platform.start();
        return platform;
    }

    // ------------------------------------------------------------------------------------------------ start

    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(config.logDir());
            Files.createDirectories(config.runDir());
        } catch (IOException e) {
            throw new PlatformException("cannot create the data folder " + config.dataDir() + ": " + e.getMessage(), e);
        }
        acquireLock();
        try {
            refuseLeftovers();
            List<Component> plan = plan();
            checkPorts(plan);
            say("saola", "starting " + plan.stream().map(c -> c.name() + " (" + c.port() + ")")
                    .collect(Collectors.joining(", ")));
            state = RunState.create(config.runDir());
            state.launcher(ProcessHandle.current());
            shutdownHook = new Thread(this::stopFromHook, "saola-platform-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            launchAll(plan);
            coldStartNanos = System.nanoTime() - t0;
        } catch (RuntimeException e) {
            stop(); // what did start, stops; the lock is released
            throw e;
        }
    }

    private List<Component> plan() {
        Set<String> known = new LinkedHashSet<>(List.of(PlatformConfig.MONGO, PlatformConfig.KAFKA,
                PlatformConfig.MAIL, PlatformConfig.KEYCLOAK));
        config.services().forEach(s -> known.add(s.name()));
        for (String part : config.only()) {
            if (!known.contains(part)) {
                throw new PlatformException("unknown part '" + part + "'; parts are: " + String.join(", ", known));
            }
        }
        List<Component> plan = new ArrayList<>();
        if (config.starts(PlatformConfig.MONGO)) {
            plan.add(new MongoStoreComponent(config));
        }
        if (config.starts(PlatformConfig.KAFKA)) {
            plan.add(new KafkaComponent(config));
        }
        if (config.starts(PlatformConfig.MAIL)) {
            plan.add(new MailComponent(config));
        }
        if (config.starts(PlatformConfig.KEYCLOAK)) {
            plan.add(new KeycloakComponent(config));
        }
        for (ServiceSpec spec : config.services()) {
            if (!config.starts(spec.name())) {
                continue;
            }
            ServiceComponent service = new ServiceComponent(config, spec);
            String reason = service.notRunnableReason();
            if (reason != null) {
                if (config.skipUnbuiltServices() && !config.only().contains(spec.name())) {
                    skipped.put(spec.name(), reason);
                    say(spec.name(), "skipped: " + reason);
                    continue;
                }
                throw new PlatformException(spec.name() + ": " + reason
                        + " (build it: ./mvnw -B -pl " + spec.name() + " -am install -DskipTests)");
            }
            String stale = service.staleWarning();
            if (stale != null) {
                say(spec.name(), "warning: " + stale);
            }
            plan.add(service);
        }
        return plan;
    }

    private void launchAll(List<Component> plan) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "saola-start-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore serviceSlots = config.maxParallelServiceStarts() > 0 ? new Semaphore(config.maxParallelServiceStarts())
                : null;
        Map<String, CompletableFuture<Void>> futures = new LinkedHashMap<>();
        try {
            for (Component c : plan) {
                CompletableFuture<?>[] deps = c.dependencies().stream().filter(futures::containsKey).map(futures::get)
                        .toArray(CompletableFuture[]::new);
                futures.put(c.name(), CompletableFuture.allOf(deps).thenRunAsync(() -> {
                    boolean service = c instanceof ServiceComponent;
                    if (service && serviceSlots != null) {
                        serviceSlots.acquireUninterruptibly();
                    }
                    try {
                        startOne(c);
                    } catch (Cancelled e) {
                        throw e;
                    } catch (Exception e) {
                        PlatformException failure = e instanceof PlatformException pe ? pe
                                : new PlatformException("[" + c.name() + "] " + e, e);
                        if (service && config.keepGoing()) {
                            failedParts.put(c.name(), failure.getMessage());
                            say(c.name(), "FAILED (the other parts keep going): " + failure.getMessage());
                            process(c.name()).ifPresent(mp -> {
                                if (mp.isAlive()) {
                                    ManagedProcess.terminate(mp.handle(), config.stopTimeout());
                                }
                                running.remove(mp);
                                state.remove(mp.name());
                            });
                            throw new DependencyFailed(c.name());
                        }
                        failed = true;
                        throw failure;
                    } finally {
                        if (service && serviceSlots != null) {
                            serviceSlots.release();
                        }
                    }
                }, pool));
            }
            try {
                CompletableFuture.allOf(futures.values().toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException e) {
                // collected below
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Throwable, Boolean> causes = new IdentityHashMap<>();
        List<String> messages = new ArrayList<>();
        for (Map.Entry<String, CompletableFuture<Void>> entry : futures.entrySet()) {
            CompletableFuture<Void> f = entry.getValue();
            if (f.isCompletedExceptionally()) {
                try {
                    f.join();
                } catch (CompletionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    if (cause instanceof DependencyFailed d) {
                        if (!failedParts.containsKey(entry.getKey())) {
                            failedParts.put(entry.getKey(), "not started: " + d.part + " failed");
                            say(entry.getKey(), "not started: it needs " + d.part + ", which failed");
                        }
                    } else if (!(cause instanceof Cancelled) && causes.put(cause, Boolean.TRUE) == null) {
                        messages.add(cause.getMessage());
                    }
                }
            }
        }
        if (stopping && messages.isEmpty()) {
            throw new PlatformException("start interrupted: stopping");
        }
        if (!messages.isEmpty()) {
            throw new PlatformException("the platform did not start:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), messages));
        }
    }

    /** A service failed while {@link PlatformConfig#keepGoing()}: what depends on it is not started. */
    private static final class DependencyFailed extends RuntimeException {
        private final String part;

        DependencyFailed(String part) {
            super(part + " failed", null, false, false);
            this.part = part;
        }
    }

    /** Thrown in starts that were abandoned because another part failed or a stop was asked for. */
    private static final class Cancelled extends RuntimeException {
        Cancelled(String part) {
            super(part + ": start abandoned");
        }
    }

    private void startOne(Component c) throws Exception {
        if (failed || stopping) {
            throw new Cancelled(c.name());
        }
        long t0 = System.nanoTime();
        c.prepare(this);
        if (failed || stopping) {
            throw new Cancelled(c.name());
        }
        ProcessBuilder pb = c.command(this);
        Path log = config.logDir().resolve(c.name() + ".log");
        rotate(log);
        List<String> command = new ArrayList<>(pb.command());
        Optional<Path> setsid = setsid();
        if (setsid.isPresent()) {
            // its own session: Ctrl-C reaches only the launcher, which then stops the parts in order
            command.add(0, setsid.get().toString());
        }
        pb.command(command);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (pb.directory() == null) {
            pb.directory(config.dataDir().toFile());
        }
        long launched = System.nanoTime();
        Process process = pb.start();
        ManagedProcess mp = new ManagedProcess(c.name(), process, c.port(), c.url(), c.healthUri(), c.layer(), log);
        running.add(mp);
        state.put(mp);
        long deadline = launched + config.readinessTimeout().toNanos();
        while (true) {
            if (failed || stopping) {
                throw new Cancelled(c.name());
            }
            if (!mp.isAlive()) {
                throw new PlatformException("[" + c.name() + "] exited with code " + mp.exitCode().orElse(-1)
                        + " while starting; last lines of " + log + ":" + System.lineSeparator() + mp.logTail(25));
            }
            if (c.ready(mp)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new PlatformException("[" + c.name() + "] not ready after " + config.readinessTimeout().toSeconds()
                        + " s (health: " + c.healthUri() + "); last lines of " + log + ":" + System.lineSeparator()
                        + mp.logTail(25));
            }
            Thread.sleep(200);
        }
        long took = System.nanoTime() - t0;
        readyNanos.put(c.name(), took);
        say(c.name(), "ready in " + seconds(took) + " (pid " + mp.pid() + ", " + c.url() + ")");
        process.onExit().thenRun(() -> {
            if (!stopping) {
                say(c.name(), "exited unexpectedly with code " + process.exitValue() + "; see " + log);
            }
        });
    }

    private static void rotate(Path log) throws IOException {
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Optional<Path> setsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private void acquireLock() {
        Path lockFile = config.runDir().resolve("lock");
        try {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                lockChannel = null;
                String who = RunState.load(config.runDir()).launcher().map(l -> " (launcher pid " + l.pid() + ")").orElse("");
                throw new PlatformException("a Saola platform is already running with data folder " + config.dataDir() + who
                        + ": stop it first (./saola stop) or use another SAOLA_DATA_DIR");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // best effort
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    private void refuseLeftovers() {
        RunState previous = RunState.load(config.runDir());
        List<String> alive = new ArrayList<>();
        for (RunState.Entry e : previous.entries()) {
            e.liveProcess().ifPresent(p -> alive.add(e.name() + " (pid " + e.pid() + ")"));
        }
        if (!alive.isEmpty()) {
            throw new PlatformException("processes of an earlier run are still alive: " + String.join(", ", alive)
                    + ". Stop them with ./saola stop (SAOLA_DATA_DIR=" + config.dataDir() + ")");
        }
        previous.delete();
    }

    private void checkPorts(List<Component> plan) {
        List<String> conflicts = new ArrayList<>();
        Map<Integer, String> claimed = new TreeMap<>();
        for (Component c : plan) {
            for (Component.PortUse use : c.ports()) {
                String owner = claimed.putIfAbsent(use.port(), c.name() + " (" + use.variable() + ")");
                if (owner != null) {
                    conflicts.add("Port " + use.port() + " is configured twice: for " + owner + " and for " + c.name()
                            + " (" + use.variable() + ")");
                } else if (!isFree(use.port())) {
                    conflicts.add("Port " + use.port() + " needed by " + c.name() + " is already in use: stop what holds it"
                            + " or set " + use.variable() + " to a free port");
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new PortInUseException(conflicts);
        }
    }

    /** Free when nothing accepts on 127.0.0.1:port and we could bind it ourselves. */
    static boolean isFree(int port) {
        if (Probes.accepts("127.0.0.1", port)) {
            return false;
        }
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------ stop

    /** Stops every process this platform started, highest layer first (gateway, services, infrastructure). */
    public void stop() {
        stopping = true;
        synchronized (this) {
            stopInternal();
            if (shutdownHook != null && !Thread.currentThread().equals(shutdownHook)) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException ignored) {
                    // the JVM is shutting down already
                }
            }
        }
    }

    private void stopFromHook() {
        if (!stopped) {
            say("saola", "stopping ...");
        }
        stop();
    }

    @Override
    public void close() {
        stop();
    }

    private void stopInternal() {
        stopping = true;
        if (stopped) {
            return;
        }
        stopped = true;
        stopLayers(new ArrayList<>(running).stream().map(p -> new Stoppable(p.name(), p.layer(), p.handle(), p.rssBytes()))
                .toList(), config.stopTimeout(), this::say, n -> {
                    if (state != null) {
                        state.remove(n);
                    }
                });
        running.clear();
        if (state != null) {
            state.delete();
        }
        releaseLock();
    }

    private record Stoppable(String name, int layer, ProcessHandle handle, long rss) {
    }

    private interface Say {
        void say(String part, String message);
    }

    private static void stopLayers(List<Stoppable> targets, Duration grace, Say say, java.util.function.Consumer<String> removed) {
        TreeMap<Integer, List<Stoppable>> layers = new TreeMap<>(Collections.reverseOrder());
        for (Stoppable t : targets) {
            layers.computeIfAbsent(t.layer(), k -> new ArrayList<>()).add(t);
        }
        for (List<Stoppable> layer : layers.values()) {
            List<Thread> threads = new ArrayList<>();
            for (Stoppable t : layer) {
                Thread th = new Thread(() -> {
                    if (!t.handle().isAlive()) {
                        removed.accept(t.name());
                        return;
                    }
                    long t0 = System.nanoTime();
                    boolean killed = ManagedProcess.terminate(t.handle(), grace);
                    say.say(t.name(), (killed ? "killed (did not stop within " + grace.toSeconds() + " s) after " : "stopped in ")
                            + seconds(System.nanoTime() - t0));
                    removed.accept(t.name());
                }, "saola-stop-" + t.name());
                th.start();
                threads.add(th);
            }
            for (Thread th : threads) {
                try {
                    th.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Stops a platform started by another process ({@code ./saola stop}): SIGTERM to its launcher, which stops its
     * parts in order; then any recorded part still alive gets SIGTERM and, after {@code grace}, SIGKILL. Only the
     * PIDs recorded in {@code <data>/run/saola.properties} (and their own child processes) are signalled, and only
     * while they are still the processes that were recorded (same start time).
     *
     * @return false when nothing was running
     */
    public static boolean stopRunning(Path dataDir, Duration grace, PrintStream out) {
        Path runDir = dataDir.resolve("run");
        RunState state = RunState.load(runDir);
        if (!state.exists()) {
            out.println("Saola is not running (no " + runDir.resolve(RunState.FILE) + ")");
            return false;
        }
        boolean any = false;
        Optional<ProcessHandle> launcher = state.launcher().flatMap(RunState.Entry::liveProcess)
                .filter(p -> p.pid() != ProcessHandle.current().pid());
        if (launcher.isPresent()) {
            any = true;
            out.println("[saola] stopping the launcher (pid " + launcher.get().pid() + "), which stops its parts ...");
            ProcessHandle l = launcher.get();
            l.destroy();
            long wait = grace.toNanos() * 3 + TimeUnit.SECONDS.toNanos(15);
            try {
                l.onExit().get(wait, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                if (l.isAlive()) {
                    out.println("[saola] the launcher did not exit; killing it");
                    l.destroyForcibly();
                }
            }
            state = RunState.load(runDir);
        }
        List<Stoppable> leftovers = new ArrayList<>();
        for (RunState.Entry e : state.entries()) {
            Optional<ProcessHandle> p = e.liveProcess();
            if (p.isPresent()) {
                leftovers.add(new Stoppable(e.name(), e.layer(), p.get(), 0));
            }
        }
        if (!leftovers.isEmpty()) {
            any = true;
            RunState finalState = state;
            stopLayers(leftovers, grace, (part, msg) -> out.println("[" + part + "] " + msg), finalState::remove);
        }
        state.delete();
        if (!any) {
            out.println("Saola was not running (stale state removed)");
        } else {
            out.println("[saola] stopped");
        }
        return any;
    }

    // ------------------------------------------------------------------------------------------------ crash and restart

    /**
     * Crashes one running part: SIGKILL ({@code kill -9}) to its recorded PID and its own child processes, nothing
     * stopped in order, nothing flushed. Returns once the process is gone (crash tests).
     *
     * @return the PID that was killed
     */
    public long kill(String part) {
        ManagedProcess mp = process(part).filter(ManagedProcess::isAlive)
                .orElseThrow(() -> new IllegalStateException(part + " is not running"));
        List<ProcessHandle> family = new ArrayList<>();
        mp.handle().descendants().forEach(family::add);
        mp.handle().destroyForcibly();
        family.forEach(ProcessHandle::destroyForcibly);
        try {
            mp.handle().onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new PlatformException("[" + part + "] pid " + mp.pid() + " still alive 30 s after SIGKILL", e);
        }
        say(part, "killed (SIGKILL, pid " + mp.pid() + ")");
        return mp.pid();
    }

    /**
     * Starts a part again that is no longer running (killed or crashed), with the same port, environment and log
     * file (the previous log is kept as {@code .log.1}); returns when it is ready, like {@link #start()} does.
     *
     * @return from launching it to ready
     */
    public synchronized Duration restart(String part) {
        if (!started || stopping) {
            throw new IllegalStateException("the platform is not running");
        }
        Optional<ManagedProcess> old = process(part);
        if (old.isPresent() && old.get().isAlive()) {
            throw new IllegalStateException(part + " is still running (pid " + old.get().pid() + ")");
        }
        if (old.isEmpty()) {
            throw new IllegalArgumentException("no part " + part + " was started by this platform");
        }
        Component component = switch (part) {
            case PlatformConfig.MONGO -> new MongoStoreComponent(config);
            case PlatformConfig.KAFKA -> new KafkaComponent(config);
            case PlatformConfig.KEYCLOAK -> new KeycloakComponent(config);
            case PlatformConfig.MAIL -> new MailComponent(config);
            default -> new ServiceComponent(config, config.service(part));
        };
        running.remove(old.get());
        long t0 = System.nanoTime();
        try {
            startOne(component);
        } catch (PlatformException | Cancelled e) {
            throw e;
        } catch (Exception e) {
            throw new PlatformException("[" + part + "] restart failed: " + e, e);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    // ------------------------------------------------------------------------------------------------ status

    /** The parts this platform started, with health. */
    public List<PartStatus> status() {
        List<PartStatus> result = new ArrayList<>();
        for (ManagedProcess p : running) {
            boolean alive = p.isAlive();
            result.add(new PartStatus(p.name(), p.pid(), p.port(), p.url(),
                    !alive ? "STOPPED" : Probes.healthy(p.healthUri()) ? "UP" : "DOWN", alive ? p.rssBytes() : 0));
        }
        return result;
    }

    /** The parts of a platform running from {@code dataDir}, as recorded by its launcher (any process may ask). */
    public static List<PartStatus> status(Path dataDir) {
        RunState state = RunState.load(dataDir.resolve("run"));
        List<PartStatus> result = new ArrayList<>();
        for (RunState.Entry e : state.entries()) {
            Optional<ProcessHandle> p = e.liveProcess();
            String health = p.isEmpty() ? "STOPPED" : Probes.healthy(e.healthUri()) ? "UP" : "DOWN";
            result.add(new PartStatus(e.name(), e.pid(), e.port(), e.url(), health,
                    p.map(ManagedProcess::rssBytes).orElse(0L)));
        }
        return result;
    }

    /** The launcher recorded in {@code dataDir}, if it is still alive. */
    public static Optional<ProcessHandle> runningLauncher(Path dataDir) {
        return RunState.load(dataDir.resolve("run")).launcher().flatMap(RunState.Entry::liveProcess);
    }

    // ------------------------------------------------------------------------------------------------ facts

    public PlatformConfig config() {
        return config;
    }

    public List<ManagedProcess> processes() {
        return List.copyOf(running);
    }

    public Optional<ManagedProcess> process(String part) {
        return running.stream().filter(p -> p.name().equals(part)).findFirst();
    }

    /** Modules that were not started because their jar is not built (only with skipUnbuiltServices). */
    public Map<String, String> skipped() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /** Services that failed, and those not started because of them (only with {@link PlatformConfig#keepGoing()}). */
    public Map<String, String> failedParts() {
        return Map.copyOf(failedParts);
    }

    /** Per part, from the start of its preparation to ready, in start order. */
    public Map<String, Duration> readyTimes() {
        synchronized (readyNanos) {
            return readyNanos.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> Duration.ofNanos(e.getValue()), (a, b) -> a, LinkedHashMap::new));
        }
    }

    /** From {@link #start()} until every part was ready. */
    public Duration coldStart() {
        return Duration.ofNanos(coldStartNanos);
    }

    /** Resident memory of every process started (and their children), plus this JVM. */
    public long totalRssBytes() {
        long total = ManagedProcess.rssOfPid(ProcessHandle.current().pid());
        for (ManagedProcess p : running) {
            total += p.rssBytes();
        }
        return total;
    }

    public String gatewayUrl() {
        return serviceUrl(PlatformConfig.GATEWAY);
    }

    /** The gateway's management port: {@code /actuator/prometheus}, {@code /actuator/gateway-routes}. */
    public String gatewayManagementUrl() {
        return "http://127.0.0.1:" + config.gatewayManagementPort();
    }

    /** The local mailbox (every mail the platform sent): {@code /} a page, {@code /api/messages} JSON. */
    public String mailboxUrl() {
        return config.mailboxUrl();
    }

    /** {@code http://<slug>.localhost:<gateway port>}: for browsers and curl (the JVM does not resolve *.localhost). */
    public String workspaceUrl(String slug) {
        ServiceSpec gateway = config.service(PlatformConfig.GATEWAY);
        return "http://" + slug + ".localhost:" + (gateway == null ? 0 : gateway.port());
    }

    public String serviceUrl(String module) {
        ServiceSpec spec = config.service(module);
        if (spec == null) {
            throw new IllegalArgumentException("no service " + module);
        }
        return "http://127.0.0.1:" + spec.port();
    }

    public String keycloakUrl() {
        return config.keycloakUrl();
    }

    public String issuerUri() {
        return config.issuerUri();
    }

    public String mongoUri() {
        return config.mongoUri();
    }

    public String kafkaBootstrapServers() {
        return config.kafkaBootstrapServers();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    void say(String part, String message) {
        synchronized (outLock) {
            config.out().println("[" + part + "] " + message);
            config.out().flush();
        }
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** Runs a short-lived command to completion, output appended to {@code log}; returns its output. */
    String runTool(String part, List<String> command, Path log) throws IOException, InterruptedException {
        return runTool(part, command, log, Map.of(), false);
    }

    String runTool(String part, List<String> command, Path log, Map<String, String> env)
            throws IOException, InterruptedException {
        return runTool(part, command, log, env, false);
    }

    /** Like {@link #runTool} but every output line is also printed (downloads show their progress). */
    String runToolVisible(String part, List<String> command, Path log) throws IOException, InterruptedException {
        return runTool(part, command, log, Map.of(), true);
    }

    private String runTool(String part, List<String> command, Path log, Map<String, String> env, boolean visible)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        pb.directory(config.repoDir().toFile());
        Process p = pb.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.append(line).append(System.lineSeparator());
                Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                if (visible) {
                    say(part, line);
                }
                if (stopping) {
                    p.destroy();
                }
            }
        }
        if (!p.waitFor(config.readinessTimeout().toSeconds(), TimeUnit.SECONDS)) {
            ManagedProcess.terminate(p.toHandle(), Duration.ofSeconds(5));
            throw new PlatformException("[" + part + "] " + String.join(" ", command) + " did not finish; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new PlatformException("[" + part + "] " + String.join(" ", command) + " failed with code " + p.exitValue()
                    + "; last lines of " + log + ":" + System.lineSeparator() + ManagedProcess.tail(log, 20));
        }
        return output.toString();
    }
}
