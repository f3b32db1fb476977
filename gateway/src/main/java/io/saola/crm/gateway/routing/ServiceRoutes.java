package io.saola.crm.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The route table: the one place that says which service owns which {@code /api} path. The gateway's routes,
 * its edge filter, its timeouts and {@code /actuator/gateway-routes} are all derived from it.
 */
public final class ServiceRoutes {

    private static final String API = "/api/";

    private final List<ServiceRoute> routes;

    public ServiceRoutes(List<ServiceRoute> routes) {
        this.routes = List.copyOf(routes);
        checkPrefixes(this.routes);
    }

    static ServiceRoutes from(RoutingProperties properties) {
        List<ServiceRoute> routes = new ArrayList<>();
        properties.services().forEach((name, service) -> {
            if (service.url() == null) {
                throw new IllegalStateException("saola.gateway.routing.services." + name + ".url is not set");
            }
            if (service.paths() == null || service.paths().isEmpty()) {
                throw new IllegalStateException("saola.gateway.routing.services." + name + ".paths is empty");
            }
            Duration timeout = service.timeout() != null ? service.timeout() : properties.timeout();
            routes.add(new ServiceRoute(name, baseUrl(name, service.url()), service.paths(), timeout));
        });
        return new ServiceRoutes(routes);
    }

    /** Every route, in table order. */
    public List<ServiceRoute> all() {
        return routes;
    }

    /** The route owning {@code path}, or {@code null}. */
    public ServiceRoute find(String path) {
        for (ServiceRoute route : routes) {
            if (route.matches(path)) {
                return route;
            }
        }
        return null;
    }

    public Optional<ServiceRoute> service(String name) {
        return routes.stream().filter(route -> route.service().equals(name)).findFirst();
    }

    private static URI baseUrl(String name, URI url) {
        boolean http = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
        if (!http || url.getHost() == null) {
            throw new IllegalStateException("Service " + name + " needs an http(s) base URL, not " + url);
        }
        return url;
    }

    private static void checkPrefixes(List<ServiceRoute> routes) {
        Map<String, String> owners = new HashMap<>();
        for (ServiceRoute route : routes) {
            for (String prefix : route.pathPrefixes()) {
                if (!prefix.startsWith(API) || prefix.endsWith("/") || prefix.length() <= API.length()
                        || prefix.contains("*") || prefix.contains("..") || prefix.contains("//")) {
                    throw new IllegalStateException("Route " + route.service() + " has path prefix '" + prefix
                            + "'; prefixes look like /api/<resource>, without wildcards or a trailing slash");
                }
                String owner = owners.putIfAbsent(prefix, route.service());
                if (owner != null) {
                    throw new IllegalStateException("Path prefix " + prefix + " is routed to both " + owner
                            + " and " + route.service());
                }
            }
        }
        for (String prefix : owners.keySet()) {
            for (String other : owners.keySet()) {
                if (!prefix.equals(other) && other.startsWith(prefix + "/")) {
                    throw new IllegalStateException("Path prefix " + other + " lies below " + prefix
                            + ", so the table would depend on its order");
                }
            }
        }
    }
}
