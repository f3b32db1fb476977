/**
 * End-to-end tests against the real processes: the platform is started once per test JVM the way
 * {@code ./saola start} starts it (free ports, a temporary data folder) and driven through the gateway with
 * real Keycloak tokens.
 */
package io.saola.crm.systemtests;
