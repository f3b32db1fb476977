package io.saola.crm.platform.test.mongo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.saola.crm.platform.mongo.WorkspaceScopedDatabaseFactory;

/**
 * An in-process Mongo-wire store (mongo-java-server, memory backend) on 127.0.0.1 and a free port, with the
 * oplog enabled. Three ways to use it:
 * <ul>
 * <li>{@link #shared()}: one instance per JVM, started on first use and stopped when the JVM exits. Use this
 * with {@code @SpringBootTest}, whose cached contexts must never point at a store an earlier class stopped;
 * {@link #registerProperties} gives each registration its own database.
 * <pre>{@code
 * @DynamicPropertySource
 * static void store(DynamicPropertyRegistry registry) {
 *     TestMongoStore.shared().registerProperties(registry);
 * }
 * }</pre></li>
 * <li>As a JUnit 5 extension: {@code @RegisterExtension static TestMongoStore mongo = new TestMongoStore();}
 * starts before the class and stops after it.</li>
 * <li>As a plain object: {@link #start()} / {@link #close()}; {@link #workspaceScopedTemplate} gives a
 * {@code MongoTemplate} scoped per workspace exactly as in the services, without a Spring context.</li>
 * </ul>
 */
public class TestMongoStore implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static volatile TestMongoStore shared;

    private MongoServer server;
    private MongoClient client;

    /** The JVM-wide instance, started on first call and stopped at JVM exit. */
    public static TestMongoStore shared() {
        TestMongoStore instance = shared;
        if (instance == null) {
            synchronized (TestMongoStore.class) {
                instance = shared;
                if (instance == null) {
                    instance = new TestMongoStore().start();
                    TestMongoStore started = instance;
                    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-mongo-store-stop"));
                    shared = instance;
                }
            }
        }
        return instance;
    }

    public synchronized TestMongoStore start() {
        if (server == null) {
            MongoServer started = new MongoServer(new MemoryBackend());
            started.enableOplog();
            started.bind("127.0.0.1", 0);
            server = started;
        }
        return this;
    }

    public synchronized void stop() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (server != null) {
            server.shutdownNow();
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
            throw new IllegalStateException("The test Mongo store is not started");
        }
        return server.getLocalAddress().getPort();
    }

    /** {@code mongodb://127.0.0.1:<port>} */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port();
    }

    /** {@code mongodb://127.0.0.1:<port>/<database>} */
    public String uri(String database) {
        return connectionString() + "/" + database;
    }

    /** A database name no other test uses. */
    public static String uniqueDatabase(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A client of this store, closed when the store stops. */
    public synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(connectionString());
        }
        return client;
    }

    /** Points Spring Boot ({@code spring.mongodb.uri}) at a fresh database of this store. */
    public void registerProperties(DynamicPropertyRegistry registry) {
        String database = uniqueDatabase("test");
        registry.add("spring.mongodb.uri", () -> uri(database));
    }

    /**
     * A template on {@code database} whose collections are workspace-scoped as in the services (no collection
     * declared shared), mapping {@code documentTypes} up front so they are known to the mapping context.
     */
    public MongoTemplate workspaceScopedTemplate(String database, Class<?>... documentTypes) {
        WorkspaceScopedDatabaseFactory factory = new WorkspaceScopedDatabaseFactory(
                new SimpleMongoClientDatabaseFactory(client(), database), collection -> false);
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.setInitialEntitySet(Set.of(documentTypes));
        mapping.initialize();
        MappingMongoConverter converter = new MappingMongoConverter(new DefaultDbRefResolver(factory), mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return new MongoTemplate(factory, converter);
    }
}
