package io.saola.crm.deploy.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;

/**
 * The embedded Mongo-wire store of the local platform: mongo-java-server with its H2 file backend, run as its own
 * process by the launcher.
 *
 * <pre>
 * java -cp ... io.saola.crm.deploy.store.DurableMongoStore --file .saola/mongo/saola.mv.db [--host 127.0.0.1]
 *      [--port 27017] [--no-oplog] [--fsync] [--no-commit] [--retention-ms N] [--no-secondary-indexes]
 * </pre>
 *
 * <ul>
 *   <li>Every write is committed to the H2 file before it is acknowledged ({@link CommittingH2Backend}).
 *       {@code --fsync} also forces it to the device (power-loss durability, slower).
 *       {@code --no-commit} restores the library's background auto-commit (and its scans); only for measuring what the commit costs.</li>
 *   <li>The oplog is on (change streams) unless {@code --no-oplog}.</li>
 *   <li>Old chunks are reused at once ({@code --retention-ms}, default 0 with the commit per write) and a file
 *       above 16 MiB is compacted at start: see {@link #compactIfLarge}.</li>
 *   <li>Non-unique indexes are real: kept in memory in key order and rebuilt from the file at start, and queries
 *       use them ({@link IndexedH2Collection}); {@code --no-secondary-indexes} restores the library's scans, only
 *       for comparing.</li>
 *   <li>It has no multi-document transactions and no {@code $text} (see ARCHITECTURE.md).</li>
 * </ul>
 */
public final class DurableMongoStore {

    /** Printed once the port accepts connections; the launcher and tests may wait for it. */
    public static final String READY_MESSAGE = "DurableMongoStore ready";

    private DurableMongoStore() {
    }

    static final int CACHE_MIB = 64;

    /** Files above this size are compacted offline at start (rewritten with live data only, then renamed). */
    static final long COMPACT_ABOVE_BYTES = 16L << 20;

    /**
     * An H2 MVStore file keeps 3-4 times its live data (old chunks); rewriting it at start takes well under a second
     * for 100 MB and keeps a long-lived local store small. The rewrite goes to a temporary file that then replaces
     * the original, so a crash during it leaves the original intact.
     */
    static void compactIfLarge(Path file) throws java.io.IOException {
        if (!Files.isRegularFile(file) || Files.size(file) <= COMPACT_ABOVE_BYTES) {
            return;
        }
        long before = Files.size(file);
        long t0 = System.nanoTime();
        org.h2.mvstore.MVStoreTool.compact(file.toString(), false);
        System.out.printf("compacted %s: %d MiB -> %d MiB in %d ms%n", file, before >> 20, Files.size(file) >> 20,
                (System.nanoTime() - t0) / 1_000_000);
    }

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 27017;
        Path file = null;
        boolean oplog = true;
        boolean commitEveryWrite = true;
        boolean fsync = false;
        int retentionMs = -1;
        boolean secondaryIndexes = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--file" -> file = Path.of(args[++i]);
                case "--no-oplog" -> oplog = false;
                case "--no-commit" -> commitEveryWrite = false;
                case "--fsync" -> fsync = true;
                case "--retention-ms" -> retentionMs = Integer.parseInt(args[++i]);
                case "--no-secondary-indexes" -> secondaryIndexes = false;
                default -> {
                    System.err.println("unknown argument " + args[i]
                            + "; usage: DurableMongoStore --file <path> [--host h] [--port p] [--no-oplog] [--fsync] [--no-commit]"
                            + " [--retention-ms n] [--no-secondary-indexes]");
                    System.exit(2);
                }
            }
        }
        if (file == null) {
            System.err.println("--file <path> is required");
            System.exit(2);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }

        compactIfLarge(file);
        // A page cache of 64 MiB instead of H2's 16: documents fetched through an index come from cached pages, not
        // decoded again, up to a few hundred thousand small records.
        MVStore mvStore = new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MIB).open();
        if (commitEveryWrite) {
            // Chunks no longer referenced by the last commit may be reused at once. With the library's 45 s a commit
            // per write grew the file tenfold (1.3 GB for 10k inserts + 10k updates, vs 0.13 GB); 0 is as small as
            // the library's background commit. Safe against a crash of this process (what is committed is in the OS);
            // against power loss only with --fsync.
            mvStore.setRetentionTime(retentionMs >= 0 ? retentionMs : 0);
        } else if (retentionMs >= 0) {
            mvStore.setRetentionTime(retentionMs);
        }
        secondaryIndexes &= commitEveryWrite; // --no-commit measures the library as it comes
        H2Backend backend = !commitEveryWrite ? new H2Backend(mvStore)
                : secondaryIndexes ? new IndexedH2Backend(mvStore, fsync) : new CommittingH2Backend(mvStore, fsync);
        MongoServer server = new MongoServer(backend);
        if (oplog) {
            server.enableOplog();
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.shutdownNow(); // closes the backend, which commits and closes the MVStore
            } finally {
                stopped.countDown();
            }
        }, "store-shutdown"));

        server.bind(host, port);
        System.out.printf("%s on mongodb://%s:%d (file %s, oplog %s, commit before ack %s, fsync %s, secondary indexes %s)%n",
                READY_MESSAGE, host, port, file.toAbsolutePath(), oplog, commitEveryWrite, fsync, secondaryIndexes);
        System.out.flush();
        stopped.await();
    }
}
