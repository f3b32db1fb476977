package io.saola.crm.gateway.routing;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/gateway-routes}: the route table, read-only, so that tests and operators can enumerate
 * what the gateway exposes. Service addresses are left out: they are internal.
 */
@Endpoint(id = "gatewayroutes")
public class GatewayRoutesEndpoint {

    private final ServiceRoutes routes;

    GatewayRoutesEndpoint(ServiceRoutes routes) {
        this.routes = routes;
    }

    @ReadOperation
    public List<RouteDescription> routes() {
        return routes.all().stream()
                .map(route -> new RouteDescription(route.service(), route.pathPrefixes(), route.timeout().toMillis()))
                .toList();
    }

    public record RouteDescription(String service, List<String> paths, long timeoutMillis) {
    }
}
