/**
 * identity-service: owns workspaces (tenants), users, memberships, roles, teams, invitations and API clients; provisions Keycloak.
 */
package io.saola.crm.identity;
