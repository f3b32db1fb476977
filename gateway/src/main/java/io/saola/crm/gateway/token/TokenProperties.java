package io.saola.crm.gateway.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issuer, key set and audience are the platform's ({@code saola.security.*}); these tune how the gateway
 * checks tokens.
 *
 * @param check               BENCHMARK SWITCH. {@code false} skips token verification entirely (workspace
 *                            resolution and header stripping still happen) so that a benchmark can measure
 *                            what verification costs. Never set it anywhere else.
 * @param clockSkew           tolerance on {@code exp} and {@code nbf}
 * @param cacheSize           most verified tokens remembered
 * @param cacheTtl            longest a verified token is remembered (never past its expiry)
 * @param jwksCacheTtl        how long fetched signing keys are used before they are fetched again
 * @param jwksRefreshInterval least time between two key set fetches, e.g. for tokens with unknown key ids
 * @param jwksTimeout         time the identity provider has to serve the key set
 */
@ConfigurationProperties("saola.gateway.token")
public record TokenProperties(@DefaultValue("true") boolean check,
                              @DefaultValue("30s") Duration clockSkew,
                              @DefaultValue("10000") long cacheSize,
                              @DefaultValue("60s") Duration cacheTtl,
                              @DefaultValue("5m") Duration jwksCacheTtl,
                              @DefaultValue("30s") Duration jwksRefreshInterval,
                              @DefaultValue("2s") Duration jwksTimeout) {
}
