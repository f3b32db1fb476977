package io.saola.crm.deploy.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link DurableMongoStore} as its own process on a free port, as the launcher does, for store tests. */
final class StoreProcesses {

    private StoreProcesses() {
    }

    /** Started and answering; its output goes to {@code store-<port>.log} in {@code logDir}. */
    static Process start(Path file, int port, Path logDir, String maxHeap, String... extraArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), DurableMongoStore.class.getName(),
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--file", file.toString()));
        cmd.addAll(List.of(extraArgs));
        Path log = logDir.resolve("store-" + port + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("store exited with " + p.exitValue() + ":\n" + Files.readString(log));
            }
            if (Files.readString(log).contains(DurableMongoStore.READY_MESSAGE) && accepts(port)) {
                return p;
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new IllegalStateException("store not ready within 30 s:\n" + Files.readString(log));
    }

    static String uri(int port) {
        return "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=10000";
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
