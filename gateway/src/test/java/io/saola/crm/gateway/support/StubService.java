package io.saola.crm.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A service behind the gateway, as far as the gateway can tell: an HTTP server on 127.0.0.1 (free port) that
 * records every request it receives and answers {@code 200 {"service":"<name>"}} with header
 * {@code X-Stub-Service: <name>}, or whatever a test told it to. Playing identity-service it also answers the
 * gateway's workspace lookups ({@code GET /internal/workspaces/{slug}}) from {@link #workspace}.
 */
public final class StubService implements AutoCloseable {

    public static final String SERVICE_HEADER = "X-Stub-Service";
    private static final String WORKSPACE_LOOKUP = "/internal/workspaces/";

    /** A request as the service received it; header names lower-cased. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers,
                           String body) {

        public List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> workspaces = new ConcurrentHashMap<>();
    private final AtomicInteger workspaceLookups = new AtomicInteger();
    private volatile int status = 200;
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean failWorkspaceLookups;

    private StubService(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static StubService start(String name) {
        return new StubService(name);
    }

    /** A base URL on which nothing listens. */
    public static String unreachableUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** API requests received (workspace lookups are counted separately). */
    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received lastReceived() {
        List<Received> all = received();
        if (all.isEmpty()) {
            throw new AssertionError(name + " received no request");
        }
        return all.get(all.size() - 1);
    }

    public void workspace(String slug, String status) {
        workspaces.put(slug, status);
    }

    public void failWorkspaceLookups(boolean fail) {
        this.failWorkspaceLookups = fail;
    }

    public int workspaceLookups() {
        return workspaceLookups.get();
    }

    public void answerWith(int status) {
        this.status = status;
    }

    public void delayAnswers(Duration delay) {
        this.delay = delay;
    }

    /** Forgets received requests and restores normal answers; workspaces stay. */
    public void reset() {
        received.clear();
        status = 200;
        delay = Duration.ZERO;
        failWorkspaceLookups = false;
        workspaceLookups.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith(WORKSPACE_LOOKUP)) {
                lookUpWorkspace(exchange, path.substring(WORKSPACE_LOOKUP.length()));
                return;
            }
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((header, values) ->
                    headers.put(header.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    headers, body));
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            exchange.getResponseHeaders().set(SERVICE_HEADER, name);
            respond(exchange, status, "{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}");
        }
    }

    private void lookUpWorkspace(HttpExchange exchange, String slug) throws IOException {
        workspaceLookups.incrementAndGet();
        if (failWorkspaceLookups) {
            respond(exchange, 503, "{\"title\":\"Service unavailable\"}");
            return;
        }
        String status = workspaces.get(slug);
        if (status == null) {
            respond(exchange, 404, "{\"title\":\"Not found\"}");
            return;
        }
        respond(exchange, 200, "{\"slug\":\"" + slug + "\",\"name\":\"" + slug + "\",\"status\":\"" + status + "\"}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
