package io.saola.crm.deploy.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store must not acknowledge what it may lose: N acknowledged inserts, kill -9 of the store process,
 * restart on the same file, all N are there. Also prints what the commit before each acknowledgement costs compared
 * with the library's background auto-commit (ARCHITECTURE.md, "Durability of the embedded store").
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DurableMongoStoreTest {

    private static final int N = 2_000;
    private static final int WARM_UP = 300;

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void killStores() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedInsertSurvivesKillMinus9() throws Exception {
        Result durable = insertKillRestartCount(dir.resolve("durable.mv.db"));
        Result background = insertKillRestartCount(dir.resolve("background.mv.db"), "--no-commit");

        System.out.printf(Locale.ROOT,
                "[durability] commit before ack: %d of %d acknowledged inserts kept after kill -9; insert p50 %.3f ms, p99 %.3f ms%n"
                        + "[durability] background auto-commit (library default): %d of %d kept; insert p50 %.3f ms, p99 %.3f ms%n"
                        + "[durability] cost of the commit: %+.3f ms per acknowledged write (p50)%n",
                durable.kept, N, durable.msPerInsert, durable.p99, background.kept, N, background.msPerInsert, background.p99,
                durable.msPerInsert - background.msPerInsert);

        assertThat(durable.kept).as("acknowledged inserts kept after kill -9").isEqualTo(N);
        System.out.printf(Locale.ROOT, "[durability] store file after %d acknowledged inserts: %d KiB%n", N + WARM_UP,
                durable.fileBytes / 1024);
        // a commit per write with the library's 45 s chunk retention grew the file tenfold (~150 MB here)
        assertThat(durable.fileBytes).as("store file size").isLessThan(48L << 20);

        if (Boolean.getBoolean("saola.durability.fsync")) { // -Dsaola.durability.fsync=true: also price --fsync
            Result fsync = insertKillRestartCount(dir.resolve("fsync.mv.db"), "--fsync");
            System.out.printf(Locale.ROOT, "[durability] commit + fsync before ack: %d of %d kept; insert p50 %.3f ms (%+.3f ms), p99 %.3f ms%n",
                    fsync.kept, N, fsync.msPerInsert, fsync.msPerInsert - background.msPerInsert, fsync.p99);
            assertThat(fsync.kept).isEqualTo(N);
        }
    }

    private Result insertKillRestartCount(Path file, String... extraArgs) throws Exception {
        int port = StoreProcesses.freePort();
        Process store = startStore(file, port, extraArgs);
        double msPerInsert;
        double p99;
        try (MongoClient client = MongoClients.create(StoreProcesses.uri(port))) {
            MongoCollection<Document> warmUp = client.getDatabase("durability").getCollection("warmup");
            for (int i = 0; i < WARM_UP; i++) {
                warmUp.insertOne(new Document("_id", i).append("tenantId", "t1").append("n", i));
            }
            MongoCollection<Document> docs = client.getDatabase("durability").getCollection("docs");
            long[] nanos = new long[N];
            for (int i = 0; i < N; i++) {
                long t0 = System.nanoTime();
                docs.insertOne(new Document("_id", i).append("tenantId", "t1").append("name", "doc " + i).append("n", i));
                nanos[i] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(nanos);
            msPerInsert = nanos[N / 2] / 1e6;
            p99 = nanos[N * 99 / 100] / 1e6;
        }
        store.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
        assertThat(store.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long fileBytes = Files.size(file);

        int port2 = StoreProcesses.freePort();
        Process restarted = startStore(file, port2);
        long kept;
        try (MongoClient client = MongoClients.create(StoreProcesses.uri(port2))) {
            kept = client.getDatabase("durability").getCollection("docs").countDocuments();
        }
        restarted.destroy();
        restarted.waitFor(10, TimeUnit.SECONDS);
        return new Result(kept, msPerInsert, p99, fileBytes);
    }

    private Process startStore(Path file, int port, String... extraArgs) throws Exception {
        Process p = StoreProcesses.start(file, port, dir, "256m", extraArgs);
        started.add(p);
        return p;
    }

    /** msPerInsert: median latency of one acknowledged insert (robust on a shared machine); p99 likewise. */
    private record Result(long kept, double msPerInsert, double p99, long fileBytes) {
    }
}
