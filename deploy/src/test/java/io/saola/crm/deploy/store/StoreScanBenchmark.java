package io.saola.crm.deploy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

/**
 * How far the embedded store goes: the two query shapes a CRM list page issues — a filtered, sorted first page
 * of 50, and a search by name fragment — in one workspace of 10,000 and then 100,000 documents, with 9 other
 * workspaces of 1,000 each in the same collection. Two store processes hold the same data side by side: one with
 * its secondary indexes (as the platform runs it), one with {@code --no-secondary-indexes} (the library's scans).
 * Not part of the normal build (it takes a few minutes):
 *
 * <pre>./mvnw -B -pl deploy test -Dtest=StoreScanBenchmark -Dsaola.bench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Results and their reading: docs/PERFORMANCE.md, "The embedded store: how big".
 */
@EnabledIfSystemProperty(named = "saola.bench", matches = "true")
class StoreScanBenchmark {

    private static final int OTHER_WORKSPACES = 9;
    private static final int OTHERS_EACH = 1_000;
    private static final int SAMPLES = 100;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khoa",
            "Lan", "Linh", "Minh", "Nam", "Ngọc", "Phúc", "Quân", "Tâm", "Thảo", "Trang", "Tuấn", "Vy"};
    private static final String[] STATUS = {"NEW", "NEED_IDENTIFIED", "ACTIVE", "INACTIVE"};

    private final List<Process> stores = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopStores() throws InterruptedException {
        for (Process store : stores) {
            store.destroy();
            if (!store.waitFor(10, TimeUnit.SECONDS)) {
                store.destroyForcibly();
            }
        }
    }

    @Test
    void listAndSearchLatencyWithAndWithoutSecondaryIndexes() throws Exception {
        int indexedPort = StoreProcesses.freePort();
        stores.add(StoreProcesses.start(dir.resolve("indexed.mv.db"), indexedPort, dir, "768m"));
        int scannedPort = StoreProcesses.freePort();
        stores.add(StoreProcesses.start(dir.resolve("scanned.mv.db"), scannedPort, dir, "768m",
                "--no-secondary-indexes"));
        List<String> rows = new ArrayList<>();
        try (MongoClient indexedClient = MongoClients.create(StoreProcesses.uri(indexedPort));
             MongoClient scannedClient = MongoClients.create(StoreProcesses.uri(scannedPort))) {
            MongoCollection<Document> indexed = indexedClient.getDatabase("bench").getCollection("accounts");
            MongoCollection<Document> scanned = scannedClient.getDatabase("bench").getCollection("accounts");
            for (MongoCollection<Document> accounts : List.of(indexed, scanned)) {
                // the shapes customer-service declares for these two queries
                accounts.createIndex(Indexes.ascending("tenantId", "nameKey", "_id"));
                accounts.createIndex(Indexes.ascending("tenantId", "searchKeys"));
                accounts.createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId"),
                        Indexes.descending("createdAt", "_id")));
            }
            Random random = new Random(42);
            List<Document> others = new ArrayList<>();
            for (int w = 1; w <= OTHER_WORKSPACES; w++) {
                others.addAll(accounts("ws-" + w, random, 0, OTHERS_EACH));
            }
            insert(indexed, scanned, others);
            int inQueried = 0;
            for (int size : new int[] {10_000, 100_000}) {
                long loadStart = System.nanoTime();
                insert(indexed, scanned, accounts("ws-0", random, inQueried, size));
                inQueried = size;
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

                Bson page = Filters.and(Filters.eq("tenantId", "ws-0"), Filters.eq("deletedAt", null),
                        Filters.in("status", "ACTIVE", "NEED_IDENTIFIED"));
                Bson search = Filters.and(Filters.eq("tenantId", "ws-0"), Filters.eq("deletedAt", null),
                        Filters.regex("searchKeys", "^nguy"));
                Bson byName = Sorts.ascending("nameKey", "_id");
                for (MongoCollection<Document> accounts : List.of(indexed, scanned)) {
                    assertThat(ids(accounts.find(page).sort(byName).limit(50)))
                            .isEqualTo(ids(scanned.find(page).sort(byName).limit(50)));
                    assertThat(ids(accounts.find(search).sort(byName).limit(50)))
                            .isNotEmpty().isEqualTo(ids(scanned.find(search).sort(byName).limit(50)));
                }
                for (var side : List.of(Map.entry("indexed", indexed), Map.entry("scan", scanned))) {
                    MongoCollection<Document> accounts = side.getValue();
                    // the scans at 100,000 take over a second each: fewer samples there
                    int samples = side.getValue() == scanned && size > 10_000 ? 20 : SAMPLES;
                    double[] pageMs = time(samples, () -> accounts.find(page).sort(byName).limit(51)
                            .into(new ArrayList<>()).size());
                    double[] searchMs = time(samples, () -> accounts.find(search).sort(byName).limit(51)
                            .into(new ArrayList<>()).size());
                    Process process = stores.get(side.getValue() == indexed ? 0 : 1);
                    rows.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.0f s | %d MiB |",
                            side.getKey(), size, size + OTHER_WORKSPACES * OTHERS_EACH, pageMs[0], pageMs[1],
                            searchMs[0], searchMs[1], loadSeconds, rssMiB(process)));
                }
            }
        }
        System.out.println();
        System.out.println("[store-bench] | store | documents of the workspace queried | in the collection"
                + " | first page p50 ms | first page p95 ms | name search p50 ms | name search p95 ms | load time (both)"
                + " | store RSS |");
        System.out.println("[store-bench] |---|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(row -> System.out.println("[store-bench] " + row));
    }

    /** The process's resident memory (Linux), -1 elsewhere. */
    private static long rssMiB(Process process) {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private static List<Object> ids(FindIterable<Document> found) {
        return found.into(new ArrayList<>()).stream().map(d -> d.get("_id")).toList();
    }

    private static void insert(MongoCollection<Document> indexed, MongoCollection<Document> scanned,
                               List<Document> documents) {
        for (int i = 0; i < documents.size(); i += 1_000) {
            List<Document> batch = documents.subList(i, Math.min(documents.size(), i + 1_000));
            indexed.insertMany(batch.stream().map(Document::new).toList());
            scanned.insertMany(batch.stream().map(Document::new).toList());
        }
    }

    /** Accounts {@code from} (inclusive) to {@code to} of one workspace, with explicit ids. */
    private static List<Document> accounts(String workspace, Random random, int from, int to) {
        List<Document> accounts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String name = family + " Văn " + given;
            String key = fold(name);
            accounts.add(new Document("_id", workspace + "-" + i).append("tenantId", workspace)
                    .append("name", name)
                    .append("nameKey", key)
                    .append("searchKeys", Arrays.asList(key.split(" ")))
                    .append("status", STATUS[random.nextInt(STATUS.length)])
                    .append("ownerId", "user-" + random.nextInt(20))
                    .append("email", key.replace(" ", ".") + i + "@example.vn")
                    .append("phone", "+8491" + String.format("%07d", i))
                    .append("createdAt", new java.util.Date(1_780_000_000_000L + i * 1000L))
                    .append("deletedAt", null)
                    .append("version", 0L));
        }
        return accounts;
    }

    /** Lowercase without diacritics, đ as d: the shape of the services' search keys. */
    private static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** p50 and p95 in ms of {@code samples} runs after 5 warm-up runs. */
    private static double[] time(int samples, Query query) {
        for (int i = 0; i < 5; i++) {
            query.run();
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[samples / 2], ms[(int) Math.ceil(samples * 0.95) - 1]};
    }

    @FunctionalInterface
    private interface Query {
        int run();
    }
}
