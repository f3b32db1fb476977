package io.saola.crm.salesdata.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.test.kafka.TestKafka;
import io.saola.crm.platform.test.mongo.TestMongoStore;
import io.saola.crm.platform.test.security.TestIdentityProvider;
import io.saola.crm.salesdata.SalesDataServiceApplication;
import io.saola.crm.salesdata.fixtures.Api;
import io.saola.crm.salesdata.fixtures.CatalogueApi;

/**
 * Two instances of the service on one store, each taking quotes from several threads at once, with invalid
 * requests mixed in: every valid quote gets a number, the numbers are 1..n with no gap and no duplicate, and the
 * refused requests took none.
 */
class QuoteNumberingAcrossInstancesIT {

    private static final TestIdentityProvider IDENTITY_PROVIDER = TestIdentityProvider.shared();
    private static final String WORKSPACE = "numbering-race";
    private static final int THREADS_PER_INSTANCE = 6;
    private static final int QUOTES_PER_THREAD = 6;
    /** The instances run on the real clock; numbers are per year in the business time zone. */
    private static final int YEAR = java.time.Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getValue();

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstances() {
        Map<String, Object> properties = new HashMap<>();
        String database = TestMongoStore.uniqueDatabase("numbering");
        properties.put("spring.mongodb.uri", TestMongoStore.shared().uri(database));
        properties.put("spring.kafka.bootstrap-servers", TestKafka.shared().bootstrapServers());
        properties.put("server.port", "0");
        properties.put("saola.sales-data.expiry-sweep-interval", "PT1000H");
        IDENTITY_PROVIDER.registerProperties((name, value) -> properties.put(name, value.get()));
        first = start(properties);
        second = start(properties);
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void concurrentQuotesOnTwoInstancesGetGapFreeUniqueNumbers() throws Exception {
        Api adminOnFirst = api(first, "admin-1", Role.WORKSPACE_ADMIN);
        CatalogueApi catalogue = new CatalogueApi(adminOnFirst);
        String rice = catalogue.product(catalogue.weightGroup(), "ST25", "Gạo ST25", "35000", 5);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS_PER_INSTANCE * 2);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int thread = 0; thread < THREADS_PER_INSTANCE * 2; thread++) {
            Api api = api(thread % 2 == 0 ? first : second, "rep-" + thread, Role.SALES_REP);
            Callable<List<String>> work = () -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < QUOTES_PER_THREAD; i++) {
                    Api.Response created = api.post("/api/quotes", quote(rice, "1"));
                    assertThat(created.status()).as(created.toString()).isEqualTo(201);
                    numbers.add(created.text("number"));
                    Api.Response refused = api.post("/api/quotes", quote(rice, "-1"));
                    assertThat(refused.status()).isEqualTo(422);
                }
                return numbers;
            };
            results.add(pool.submit(work));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<List<String>> result : results) {
            numbers.addAll(result.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        int expected = THREADS_PER_INSTANCE * 2 * QUOTES_PER_THREAD;
        List<String> gapFree = IntStream.rangeClosed(1, expected)
                .mapToObj(sequence -> String.format("BG-%d-%06d", YEAR, sequence)).toList();
        assertThat(numbers).hasSize(expected).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(gapFree);
        Api.Response stored = api(second, "admin-2", Role.WORKSPACE_ADMIN).get("/api/quotes?limit=200&sort=number");
        assertThat(stored.body().path("items").findValuesAsString("number")).containsExactlyElementsOf(gapFree);
    }

    private static Map<String, Object> quote(String product, String quantity) {
        return Map.of("accountId", "acc-1", "validUntil", "2099-12-31", "lines",
                List.of(Map.of("productId", product, "quantity", new BigDecimal(quantity), "unit", "kg")));
    }

    private static Api api(ConfigurableApplicationContext instance, String userId, Role role) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return new Api(port, IDENTITY_PROVIDER.tokens().member(WORKSPACE, role).subject(userId).build(), WORKSPACE);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        // as command-line arguments, which win over application.yml, as a deployment's environment would
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(SalesDataServiceApplication.class).run(arguments);
    }
}
