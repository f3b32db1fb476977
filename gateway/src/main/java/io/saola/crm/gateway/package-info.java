/**
 * The edge of Saola: every {@code /api/**} request enters here. One servlet filter ({@code edge}) resolves the
 * workspace from the host, refuses unknown and suspended workspaces, checks the bearer token and its
 * workspace, applies the workspace's rate limit and forwards only the resolved workspace header; Spring Cloud
 * Gateway routes ({@code routing}) then proxy to the owning service behind a per-service timeout and circuit
 * breaker. Spring Security's filter chain is deliberately not used (see {@link io.saola.crm.gateway.GatewayApplication}).
 */
package io.saola.crm.gateway;
