package io.saola.crm.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Requests through the gateway as a browser on {@code <workspace>.localhost} would send them: the JVM does not
 * resolve {@code *.localhost}, so it connects to 127.0.0.1 and sets the Host header.
 */
final class Gateway {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final String baseDomain;

    Gateway(String gatewayUrl, String baseDomain) {
        this.port = URI.create(gatewayUrl).getPort();
        this.baseDomain = baseDomain;
    }

    HttpResponse<String> get(String workspace, String path, String token, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Host", (workspace == null ? "" : workspace + ".") + baseDomain + ":" + port)
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String workspace, String path, String token) throws IOException, InterruptedException {
        return get(workspace, path, token, Map.of());
    }

    /** The gateway's management port (metrics, the route table), which the public port never serves. */
    HttpResponse<String> actuator(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningPlatform.get().gatewayManagementUrl() + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
