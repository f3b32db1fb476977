package io.saola.crm.gateway.token;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.saola.crm.platform.security.SecurityProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class TokenConfiguration {

    private static final int KEY_SET_SIZE_LIMIT = 256 * 1024;

    @Bean
    TokenVerifier tokenVerifier(SecurityProperties security, TokenProperties properties) {
        return new TokenVerifier(processor(keySource(security, properties)), security.issuerUri(),
                security.audience(), properties.clockSkew(), properties.cacheSize(), properties.cacheTtl(),
                Clock.systemUTC());
    }

    /**
     * Keys are fetched on first use, not at start-up, so the gateway can start before the identity provider;
     * kept for {@code jwksCacheTtl}, fetched again when a token names an unknown key id (at most once per
     * {@code jwksRefreshInterval}), and the last good set is kept through an outage of the provider.
     */
    static JWKSource<SecurityContext> keySource(SecurityProperties security, TokenProperties properties) {
        int timeoutMillis = (int) properties.jwksTimeout().toMillis();
        try {
            return JWKSourceBuilder.<SecurityContext>create(URI.create(security.jwkSetUri()).toURL(),
                            new DefaultResourceRetriever(timeoutMillis, timeoutMillis, KEY_SET_SIZE_LIMIT))
                    .cache(properties.jwksCacheTtl().toMillis(), properties.jwksTimeout().toMillis())
                    .rateLimited(properties.jwksRefreshInterval().toMillis())
                    .outageTolerant(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("saola.security.jwk-set-uri is not a URL: " + security.jwkSetUri(), e);
        }
    }

    static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                Set.of(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"))));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // time window, issuer and audience are checked by TokenVerifier, on cache hits as well
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        return processor;
    }
}
