package io.saola.crm.deploy.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store with real secondary indexes answers exactly as the library's scans do: the same documents in the same
 * order, for random data, random queries (the shapes the services send and more) and random changes in between.
 */
class IndexedStoreTest {

    private static final String[] TENANTS = {"demo", "acme", "an-phat", "binh-minh", "sao-viet"};
    private static final String[] STATUSES = {"NEW", "CUSTOMER", "NEED_IDENTIFIED", "INACTIVE"};
    private static final String[] WORDS = {"nguyen", "nguyet", "nga", "dang", "dat", "tran", "tram", "le", "an",
            "binh", "0912345678", "+84912345678", "công ty", "Đặng"};

    private final List<MongoServer> servers = new ArrayList<>();
    private final List<MongoClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(MongoClient::close);
        servers.forEach(MongoServer::shutdownNow);
    }

    @ParameterizedTest(name = "range cap {0}")
    @ValueSource(ints = {1_000, 50, 3})
    void answersExactlyAsTheLibrarysScanOnRandomDataQueriesAndChanges(int rangeCap) {
        int defaultCap = IndexedH2Collection.rangeCap;
        IndexedH2Collection.rangeCap = rangeCap; // 3: a walk in sort order is chosen over most ranges
        try {
            compareOnRandomDataQueriesAndChanges();
        } finally {
            IndexedH2Collection.rangeCap = defaultCap;
        }
    }

    private void compareOnRandomDataQueriesAndChanges() {
        MongoCollection<Document> indexed = collection(new IndexedH2Backend(new MVStore.Builder().open(), false));
        MongoCollection<Document> scanned = collection(new H2Backend(new MVStore.Builder().open()));
        for (MongoCollection<Document> c : List.of(indexed, scanned)) {
            declareIndexes(c);
        }
        Random random = new Random(20261201L);
        List<Document> seed = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            seed.add(randomDocument(random, "d" + i));
        }
        indexed.insertMany(copies(seed));
        scanned.insertMany(copies(seed));

        long walksBefore = IndexedH2Collection.ORDERED_WALK.sum();
        long rangesBefore = IndexedH2Collection.INDEX_RANGE.sum();
        long byIdBefore = IndexedH2Collection.BY_ID.sum();
        int nextId = seed.size();
        int compared = 0;
        for (int round = 0; round < 40; round++) {
            for (int q = 0; q < 25; q++) {
                Bson filter = randomFilter(random);
                Bson sort = randomSort(random);
                int skip = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
                int limit = new int[] {0, 1, 5, 51}[random.nextInt(4)];
                assertThat(ids(run(indexed, filter, sort, skip, limit)))
                        .as("filter %s sort %s skip %d limit %d", filter, sort, skip, limit)
                        .isEqualTo(ids(run(scanned, filter, sort, skip, limit)));
                assertThat(indexed.countDocuments(filter)).as("count %s", filter)
                        .isEqualTo(scanned.countDocuments(filter));
                compared++;
            }
            for (int change = 0; change < 20; change++) {
                String id = "d" + random.nextInt(nextId);
                Bson target = Filters.and(Filters.eq("tenantId", TENANTS[random.nextInt(TENANTS.length)]),
                        Filters.eq("_id", id));
                switch (random.nextInt(4)) {
                    case 0 -> {
                        Document added = randomDocument(random, "d" + nextId++);
                        indexed.insertOne(new Document(added));
                        scanned.insertOne(new Document(added));
                    }
                    case 1 -> {
                        indexed.deleteOne(Filters.eq("_id", id));
                        scanned.deleteOne(Filters.eq("_id", id));
                    }
                    default -> {
                        Bson update = Updates.combine(Updates.set("status", STATUSES[random.nextInt(4)]),
                                Updates.set("name", randomName(random)),
                                Updates.set("searchKeys", randomKeys(random)),
                                random.nextBoolean() ? Updates.unset("ownerId") : Updates.set("ownerId", "u2"));
                        Bson which = random.nextBoolean() ? target : Filters.eq("_id", id);
                        indexed.updateOne(which, update);
                        scanned.updateOne(which, update);
                    }
                }
            }
            assertThat(ids(run(indexed, new Document(), Sorts.ascending("_id"), 0, 0)))
                    .isEqualTo(ids(run(scanned, new Document(), Sorts.ascending("_id"), 0, 0)));
        }
        assertThat(compared).isEqualTo(1000);
        // the comparison is only worth something if the indexes were used
        assertThat(IndexedH2Collection.ORDERED_WALK.sum() - walksBefore).isGreaterThan(100);
        assertThat(IndexedH2Collection.INDEX_RANGE.sum() - rangesBefore).isGreaterThan(100);
        assertThat(IndexedH2Collection.BY_ID.sum() - byIdBefore).isGreaterThan(100);
    }

    @Test
    void rebuildsItsIndexesFromTheFileWhenReopened(@TempDir Path dir) {
        String file = dir.resolve("store.mv.db").toString();
        MVStore first = new MVStore.Builder().fileName(file).open();
        MongoServer server = new MongoServer(new IndexedH2Backend(first, false));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> c = client.getDatabase("saola").getCollection("accounts");
            declareIndexes(c);
            for (int i = 0; i < 200; i++) {
                c.insertOne(new Document("_id", "a" + i).append("tenantId", i % 2 == 0 ? "demo" : "acme")
                        .append("name", String.format("name-%03d", 199 - i)).append("searchKeys", List.of("k" + i)));
            }
        } finally {
            server.shutdownNow();
        }

        MongoServer reopened = new MongoServer(new IndexedH2Backend(new MVStore.Builder().fileName(file).open(), false));
        InetSocketAddress again = reopened.bind();
        servers.add(reopened);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + again.getPort())) {
            MongoCollection<Document> c = client.getDatabase("saola").getCollection("accounts");
            long walks = IndexedH2Collection.ORDERED_WALK.sum();
            List<Document> page = c.find(Filters.eq("tenantId", "demo"))
                    .sort(Sorts.ascending("name", "_id")).limit(3).into(new ArrayList<>());
            assertThat(ids(page)).containsExactly("a198", "a196", "a194");
            assertThat(IndexedH2Collection.ORDERED_WALK.sum()).isGreaterThan(walks);
            assertThat(ids(c.find(Filters.and(Filters.eq("tenantId", "acme"),
                    Filters.regex("searchKeys", "^k19"))).into(new ArrayList<>())))
                    .containsExactly("a19", "a191", "a193", "a195", "a197", "a199");
        }
    }

    @Test
    void takesOnlyLiteralAnchoredPrefixesAsRanges() {
        assertThat(QueryConditions.prefixBound("^nguy", "")).isEqualTo(new KeyBound("nguy", true, "nguz", false));
        assertThat(QueryConditions.prefixBound("^\\+849", null)).isEqualTo(new KeyBound("+849", true, "+84:", false));
        assertThat(QueryConditions.prefixBound("^ab*", "")).isEqualTo(new KeyBound("a", true, "b", false));
        assertThat(QueryConditions.prefixBound("^ab+c", "")).isEqualTo(new KeyBound("ab", true, "ac", false));
        assertThat(QueryConditions.prefixBound("nguy", "")).isNull();
        assertThat(QueryConditions.prefixBound("^nguy", "i")).isNull();
        assertThat(QueryConditions.prefixBound("^ab|cd", "")).isNull();
        assertThat(QueryConditions.prefixBound("^\\d+", "")).isNull();
        assertThat(QueryConditions.prefixBound("^.", "")).isNull();
    }

    private MongoCollection<Document> collection(H2Backend backend) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        servers.add(server);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        clients.add(client);
        return client.getDatabase("saola").getCollection("accounts");
    }

    private static void declareIndexes(MongoCollection<Document> c) {
        c.createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId", "name", "_id")), new IndexOptions().name("name"));
        c.createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId"), Indexes.descending("createdAt", "_id")),
                new IndexOptions().name("created"));
        c.createIndex(Indexes.ascending("tenantId", "searchKeys"), new IndexOptions().name("search"));
        c.createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId", "ownerId"),
                Indexes.descending("createdAt", "_id")), new IndexOptions().name("owner_created"));
        c.createIndex(Indexes.ascending("tenantId", "score"), new IndexOptions().name("score"));
        c.createIndex(Indexes.ascending("tenantId", "status"), new IndexOptions().name("status"));
    }

    private static Document randomDocument(Random random, String id) {
        Document d = new Document("_id", id).append("tenantId", TENANTS[random.nextInt(TENANTS.length)])
                .append("name", randomName(random)).append("status", STATUSES[random.nextInt(STATUSES.length)])
                .append("createdAt", new Date(1_780_000_000_000L + random.nextInt(1_000_000) * 1000L))
                .append("searchKeys", randomKeys(random)).append("version", random.nextInt(5));
        switch (random.nextInt(4)) {
            case 0 -> d.append("score", random.nextInt(100));
            case 1 -> d.append("score", random.nextInt(100) + 0.5);
            case 2 -> d.append("score", null);
            default -> { }
        }
        if (random.nextInt(3) > 0) {
            d.append("ownerId", "u" + random.nextInt(3));
        }
        if (random.nextInt(10) == 0) {
            d.append("deletedAt", new Date());
        }
        return d;
    }

    private static String randomName(Random random) {
        return WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
                + (random.nextBoolean() ? "" : " " + random.nextInt(50));
    }

    private static List<String> randomKeys(Random random) {
        List<String> keys = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            keys.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return keys;
    }

    private static Bson randomFilter(Random random) {
        List<Bson> parts = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            parts.add(Filters.eq("tenantId", TENANTS[random.nextInt(TENANTS.length)]));
        }
        int more = random.nextInt(4);
        for (int i = 0; i < more; i++) {
            parts.add(switch (random.nextInt(12)) {
                case 0 -> Filters.eq("status", STATUSES[random.nextInt(STATUSES.length)]);
                case 1 -> Filters.eq("ownerId", random.nextInt(4) == 0 ? null : "u" + random.nextInt(3));
                case 2 -> Filters.regex("searchKeys", "^" + Pattern.quote(WORDS[random.nextInt(WORDS.length)]
                        .substring(0, 2)).replace("\\Q", "").replace("\\E", ""));
                case 3 -> Filters.gte("createdAt", new Date(1_780_000_000_000L + random.nextInt(1_000_000) * 1000L));
                case 4 -> Filters.and(Filters.gte("score", random.nextInt(60)), Filters.lt("score", 40 + random.nextInt(60)));
                case 5 -> Filters.eq("deletedAt", null);
                case 6 -> Filters.or(Filters.eq("status", "NEW"), Filters.regex("name", "^ng"));
                case 7 -> Filters.eq("_id", "d" + random.nextInt(1600));
                case 8 -> Filters.in("_id", "d" + random.nextInt(1600), "d" + random.nextInt(1600), "nope");
                case 9 -> Filters.regex("name", "^" + WORDS[random.nextInt(WORDS.length)].substring(0, 1));
                case 10 -> Filters.eq("searchKeys", WORDS[random.nextInt(WORDS.length)]);
                default -> Filters.ne("status", "INACTIVE");
            });
        }
        if (parts.isEmpty()) {
            return new Document();
        }
        return parts.size() == 1 && random.nextBoolean() ? parts.get(0) : Filters.and(parts);
    }

    private static Bson randomSort(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Sorts.ascending("name", "_id");
            case 1 -> Sorts.descending("name", "_id");
            case 2 -> Sorts.descending("createdAt", "_id");
            case 3 -> Sorts.ascending("createdAt", "_id");
            case 4 -> Sorts.ascending("score", "_id");
            default -> null;
        };
    }

    private static List<Document> run(MongoCollection<Document> c, Bson filter, Bson sort, int skip, int limit) {
        FindIterable<Document> find = c.find(filter).skip(skip).limit(limit);
        if (sort != null) {
            find = find.sort(sort);
        }
        return find.into(new ArrayList<>());
    }

    private static List<Object> ids(List<Document> documents) {
        return documents.stream().map(d -> d.get("_id")).toList();
    }

    private static List<Document> copies(List<Document> documents) {
        return documents.stream().map(Document::new).toList();
    }
}
