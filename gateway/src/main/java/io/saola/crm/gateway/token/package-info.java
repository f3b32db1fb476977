/**
 * Who is calling: the bearer token of a request, verified once with Nimbus (RS256 only, keys from the
 * realm's JWKS, fetched lazily and again on an unknown key id) and then remembered for at most a minute, with
 * its expiry, not-before, issuer and audience checked again on every use.
 */
package io.saola.crm.gateway.token;
