package io.saola.crm.platform.test.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in for the Keycloak realm in tests: an HTTP server on 127.0.0.1 (free port) that publishes the
 * realm's signing keys at {@code /realms/<realm>/protocol/openid-connect/certs} and its discovery document at
 * {@code /realms/<realm>/.well-known/openid-configuration}, plus a {@link TestTokens} minting tokens it would
 * have issued.
 * <p>Three ways to use it:
 * <ul>
 * <li>{@link #shared()}: one instance per JVM, started on first use and stopped when the JVM exits. Use this
 * with {@code @SpringBootTest}: Spring caches application contexts across test classes, and a cached context
 * must never point at a server an earlier class has stopped.
 * <pre>{@code
 * @DynamicPropertySource
 * static void identityProvider(DynamicPropertyRegistry registry) {
 *     TestIdentityProvider.shared().registerProperties(registry);
 * }
 * }</pre></li>
 * <li>As a JUnit 5 extension: {@code @RegisterExtension static TestIdentityProvider idp = new
 * TestIdentityProvider();} starts before the class and stops after it.</li>
 * <li>As a plain object: {@link #start()} / {@link #close()}.</li>
 * </ul>
 */
public class TestIdentityProvider implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final String DEFAULT_REALM = "saola";

    private static volatile TestIdentityProvider shared;

    private final String realm;
    private final List<JWK> publishedKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger keySetRequests = new AtomicInteger();
    private volatile boolean available = true;
    private volatile RSAKey signingKey = TestKeys.signing();
    private HttpServer server;

    public TestIdentityProvider() {
        this(DEFAULT_REALM);
    }

    public TestIdentityProvider(String realm) {
        this.realm = realm;
        publishedKeys.add(TestKeys.signing().toPublicJWK());
    }

    /** The JVM-wide instance, started on first call and stopped at JVM exit. */
    public static TestIdentityProvider shared() {
        TestIdentityProvider instance = shared;
        if (instance == null) {
            synchronized (TestIdentityProvider.class) {
                instance = shared;
                if (instance == null) {
                    instance = new TestIdentityProvider().start();
                    TestIdentityProvider started = instance;
                    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-identity-provider-stop"));
                    shared = instance;
                }
            }
        }
        return instance;
    }

    public synchronized TestIdentityProvider start() {
        if (server != null) {
            return this;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test identity provider", e);
        }
        server.createContext(realmPath() + "/protocol/openid-connect/certs", this::serveKeySet);
        server.createContext(realmPath() + "/.well-known/openid-configuration", this::serveDiscovery);
        // several services' decoders may fetch keys at once; one handler thread would queue them
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "test-identity-provider");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The test identity provider is not started");
        }
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The realm's issuer, {@code http://127.0.0.1:<port>/realms/<realm>}: the {@code iss} of its tokens. */
    public String issuerUri() {
        return baseUrl() + realmPath();
    }

    public String jwksUri() {
        return issuerUri() + "/protocol/openid-connect/certs";
    }

    /** Mints tokens of this issuer, signed with its current signing key. */
    public TestTokens tokens() {
        return TestTokens.issuedBy(issuerUri(), signingKey);
    }

    /**
     * Sets the platform's resource-server properties ({@code saola.security.issuer-uri},
     * {@code saola.security.jwk-set-uri}) to this issuer.
     */
    public void registerProperties(DynamicPropertyRegistry registry) {
        registry.add("saola.security.issuer-uri", this::issuerUri);
        registry.add("saola.security.jwk-set-uri", this::jwksUri);
    }

    /** Publishes {@code key} next to the current keys and signs new tokens with it, as Keycloak does on rotation. */
    public void rotateTo(RSAKey key) {
        publishedKeys.add(key.toPublicJWK());
        signingKey = key;
    }

    /** Back to publishing and signing with {@link TestKeys#signing()} only. */
    public void resetKeys() {
        publishedKeys.clear();
        publishedKeys.add(TestKeys.signing().toPublicJWK());
        signingKey = TestKeys.signing();
        available = true;
    }

    /** When false, the key set and discovery endpoints answer 503, as an identity provider that is down. */
    public void setAvailable(boolean available) {
        this.available = available;
    }

    /** How many times the key set has been fetched (successfully or not). */
    public int keySetRequests() {
        return keySetRequests.get();
    }

    private String realmPath() {
        return "/realms/" + realm;
    }

    private void serveKeySet(HttpExchange exchange) throws IOException {
        keySetRequests.incrementAndGet();
        if (!available) {
            respond(exchange, 503, "{\"error\":\"unavailable\"}");
            return;
        }
        respond(exchange, 200, new JWKSet(List.copyOf(publishedKeys)).toString(true));
    }

    private void serveDiscovery(HttpExchange exchange) throws IOException {
        if (!available) {
            respond(exchange, 503, "{\"error\":\"unavailable\"}");
            return;
        }
        String issuer = issuerUri();
        String body = """
                {"issuer":"%1$s","jwks_uri":"%2$s","authorization_endpoint":"%1$s/protocol/openid-connect/auth",\
                "token_endpoint":"%1$s/protocol/openid-connect/token",\
                "id_token_signing_alg_values_supported":["RS256"],"subject_types_supported":["public"],\
                "response_types_supported":["code"]}""".formatted(issuer, jwksUri());
        respond(exchange, 200, body);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }
}
