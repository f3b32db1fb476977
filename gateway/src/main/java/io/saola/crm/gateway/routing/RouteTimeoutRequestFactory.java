package io.saola.crm.gateway.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * Proxied requests go out through one JDK {@link HttpClient} (HTTP/1.1, no redirects) with the response
 * timeout of the route that owns the path. Compression is left to client and service: the factory's own
 * (adding {@code Accept-Encoding}, decompressing answers) would change what passes through. The route is found from the outgoing path, which the gateway never
 * rewrites, so no per-request state has to travel from the route to the client.
 */
final class RouteTimeoutRequestFactory implements ClientHttpRequestFactory {

    private final ServiceRoutes routes;
    private final Map<String, ClientHttpRequestFactory> byService = new HashMap<>();
    private final ClientHttpRequestFactory fallback;

    RouteTimeoutRequestFactory(ServiceRoutes routes, Duration connectTimeout, Duration defaultTimeout) {
        this.routes = routes;
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (ServiceRoute route : routes.all()) {
            byService.put(route.service(), factory(client, route.timeout()));
        }
        this.fallback = factory(client, defaultTimeout);
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        ServiceRoute route = routes.find(uri.getRawPath());
        ClientHttpRequestFactory factory = route == null ? fallback : byService.get(route.service());
        return factory.createRequest(uri, httpMethod);
    }

    private static ClientHttpRequestFactory factory(HttpClient client, Duration timeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(timeout);
        factory.enableCompression(false);
        return factory;
    }
}
