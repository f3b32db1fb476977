/**
 * Who is calling: the one adapter from Keycloak token claims to the platform principal, the resource-server
 * set-up every service shares, and the rule that a forwarded workspace must be one the token belongs to.
 */
package io.saola.crm.platform.security;
