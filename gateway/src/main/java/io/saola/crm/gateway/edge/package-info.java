/**
 * The servlet filter every request passes before routing ({@link io.saola.crm.gateway.edge.GatewayEdgeFilter}):
 * workspace from the host, workspace status, token and membership, rate limit, then the request with client
 * tenant headers removed and the resolved workspace added. Refusals are problem+json written by the filter.
 */
package io.saola.crm.gateway.edge;
