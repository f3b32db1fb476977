package io.saola.crm.gateway.routing;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Proxied requests go out through one pooled Apache HttpClient (blocking I/O, which suits the gateway's virtual
 * threads) with the response timeout of the route that owns the path. The client is a plain pipe: no redirects,
 * no retries, no cookies, no compression of its own (adding {@code Accept-Encoding} or decompressing answers
 * would change what passes through). The route is found from the outgoing path, which the gateway never rewrites,
 * so no per-request state has to travel from the route to the client.
 *
 * <p>The JDK's {@code HttpClient} was used first; the gateway benchmark measured it at about twice the gateway
 * CPU per request (docs/PERFORMANCE.md).
 */
final class RouteTimeoutRequestFactory implements ClientHttpRequestFactory, DisposableBean {

    /** Connections kept to each service; a request waits (up to the connect timeout) for one beyond that. */
    static final int CONNECTIONS_PER_SERVICE = 256;

    private final ServiceRoutes routes;
    private final CloseableHttpClient client;
    private final Map<String, ClientHttpRequestFactory> byService = new HashMap<>();
    private final ClientHttpRequestFactory fallback;

    RouteTimeoutRequestFactory(ServiceRoutes routes, Duration connectTimeout, Duration defaultTimeout) {
        this.routes = routes;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
                        .setMaxConnTotal(CONNECTIONS_PER_SERVICE * Math.max(1, routes.all().size()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        for (ServiceRoute route : routes.all()) {
            byService.put(route.service(), factory(client, connectTimeout, route.timeout()));
        }
        this.fallback = factory(client, connectTimeout, defaultTimeout);
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        ServiceRoute route = routes.find(uri.getRawPath());
        ClientHttpRequestFactory factory = route == null ? fallback : byService.get(route.service());
        return factory.createRequest(uri, httpMethod);
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }

    private static ClientHttpRequestFactory factory(CloseableHttpClient client, Duration connectTimeout,
                                                    Duration timeout) {
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(client);
        factory.setConnectionRequestTimeout(connectTimeout);
        factory.setReadTimeout(timeout);
        return factory;
    }
}
