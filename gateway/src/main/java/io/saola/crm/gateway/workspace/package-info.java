/**
 * Which workspace a request is for and whether it may be served: the slug from the {@code Host} header
 * ({@link io.saola.crm.gateway.workspace.WorkspaceHosts}) and the workspace's status from identity-service,
 * cached and behind a circuit breaker ({@link io.saola.crm.gateway.workspace.WorkspaceDirectory}).
 */
package io.saola.crm.gateway.workspace;
