/**
 * Keycloak-shaped tokens for tests without Keycloak: fixed RSA test keys ({@link TestKeys}), a builder that
 * mints valid and deliberately forged access tokens ({@link TestTokens}), and a tiny issuer that publishes the
 * keys the way a Keycloak realm does ({@link TestIdentityProvider}). Test-only key material: never use it
 * outside tests.
 */
package io.saola.crm.platform.test.security;
