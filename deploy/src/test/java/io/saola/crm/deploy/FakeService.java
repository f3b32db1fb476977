package io.saola.crm.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for a Spring Boot service in launcher tests: listens on SERVER_ADDRESS:SERVER_PORT, answers
 * /actuator/health/readiness (and the gateway's /readyz) with 200 and /env with its environment. {@code fail} as first argument: exits with 3.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("fail")) {
            System.out.println("FakeService failing on purpose: cannot connect to anything");
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        String address = System.getenv().getOrDefault("SERVER_ADDRESS", "127.0.0.1");
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 16);
        for (String probe : new String[] {"/actuator/health/readiness", "/readyz"}) {
            server.createContext(probe, ex -> {
                byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(body);
                }
            });
        }
        server.createContext("/env", ex -> {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
                sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
            }
            sb.append("jvm.args=").append(String.join(" ",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())).append('\n');
            byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        System.out.println("FakeService up on " + address + ":" + port);
    }
}
