package io.saola.crm.deploy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * How far the embedded store goes: the two query shapes a CRM list page issues — a filtered, sorted first page
 * of 50, and a search by name fragment — against one collection shared by 10 workspaces, at 10,000 and at
 * 100,000 documents in all. The store ignores secondary indexes, so both shapes scan the whole collection; this
 * measures what that costs. Not part of the normal build (it takes a few minutes):
 *
 * <pre>./mvnw -B -pl deploy test -Dtest=StoreScanBenchmark -Dsaola.bench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Results and their reading: docs/PERFORMANCE.md, "The embedded store: how big".
 */
@EnabledIfSystemProperty(named = "saola.bench", matches = "true")
class StoreScanBenchmark {

    private static final int WORKSPACES = 10;
    private static final int SAMPLES = 100;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khoa",
            "Lan", "Linh", "Minh", "Nam", "Ngọc", "Phúc", "Quân", "Tâm", "Thảo", "Trang", "Tuấn", "Vy"};
    private static final String[] STATUS = {"NEW", "NEED_IDENTIFIED", "ACTIVE", "INACTIVE"};

    private Process store;

    @TempDir
    Path dir;

    @AfterEach
    void stopStore() throws InterruptedException {
        if (store != null) {
            store.destroy();
            if (!store.waitFor(10, TimeUnit.SECONDS)) {
                store.destroyForcibly();
            }
        }
    }

    @Test
    void listAndSearchLatencyAtTenAndAHundredThousandDocuments() throws Exception {
        int port = StoreProcesses.freePort();
        store = StoreProcesses.start(dir.resolve("bench.mv.db"), port, dir, "384m");
        List<String> rows = new ArrayList<>();
        try (MongoClient client = MongoClients.create(StoreProcesses.uri(port))) {
            MongoCollection<Document> accounts = client.getDatabase("bench").getCollection("accounts");
            Random random = new Random(42);
            int inserted = 0;
            for (int total : new int[] {10_000, 100_000}) {
                long loadStart = System.nanoTime();
                inserted = fill(accounts, random, inserted, total);
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

                Bson page = Filters.and(Filters.eq("tenantId", "ws-3"), Filters.in("status", "ACTIVE", "NEED_IDENTIFIED"));
                Bson search = Filters.and(Filters.eq("tenantId", "ws-3"),
                        Filters.regex("searchKeys", "^" + Pattern.quote("nguy")));
                double[] pageMs = time(() -> accounts.find(page).sort(Sorts.ascending("nameKey", "_id")).limit(50)
                        .into(new ArrayList<>()).size());
                double[] searchMs = time(() -> accounts.find(search).sort(Sorts.ascending("nameKey", "_id")).limit(50)
                        .into(new ArrayList<>()).size());
                assertThat(accounts.find(search).limit(50).into(new ArrayList<>())).isNotEmpty();
                rows.add(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.0f s |", total,
                        total / WORKSPACES, pageMs[0], pageMs[1], searchMs[0], searchMs[1], loadSeconds));
            }
        }
        System.out.println();
        System.out.println("[store-bench] | documents in the collection | of the workspace queried | first page p50 ms"
                + " | first page p95 ms | name search p50 ms | name search p95 ms | load time |");
        System.out.println("[store-bench] |---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(row -> System.out.println("[store-bench] " + row));
    }

    /** Adds accounts, spread evenly over the workspaces, until the collection holds {@code total}. */
    private static int fill(MongoCollection<Document> accounts, Random random, int from, int total) {
        List<Document> batch = new ArrayList<>();
        for (int i = from; i < total; i++) {
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String name = family + " Văn " + given;
            String key = fold(name);
            batch.add(new Document("tenantId", "ws-" + (i % WORKSPACES))
                    .append("name", name)
                    .append("nameKey", key)
                    .append("searchKeys", Arrays.asList(key.split(" ")))
                    .append("status", STATUS[random.nextInt(STATUS.length)])
                    .append("ownerId", "user-" + random.nextInt(20))
                    .append("email", key.replace(" ", ".") + i + "@example.vn")
                    .append("phone", "+8491" + String.format("%07d", i))
                    .append("version", 0L));
            if (batch.size() == 1_000) {
                accounts.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            accounts.insertMany(batch);
        }
        return total;
    }

    /** Lowercase without diacritics, đ as d: the shape of the services' search keys. */
    private static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** p50 and p95 in ms of {@link #SAMPLES} runs after 10 warm-up runs. */
    private static double[] time(Query query) {
        for (int i = 0; i < 10; i++) {
            query.run();
        }
        double[] ms = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[SAMPLES / 2], ms[(int) Math.ceil(SAMPLES * 0.95) - 1]};
    }

    @FunctionalInterface
    private interface Query {
        int run();
    }
}
