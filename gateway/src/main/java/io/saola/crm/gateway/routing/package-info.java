/**
 * Which service owns which {@code /api} path: the route table ({@link io.saola.crm.gateway.routing.ServiceRoutes},
 * configured under {@code saola.gateway.routing.services}), the Spring Cloud Gateway routes built from it, the
 * per-service response timeout and circuit breaker, and the read-only {@code /actuator/gateway-routes} listing.
 */
package io.saola.crm.gateway.routing;
