package io.saola.crm.gateway.token;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.JWTProcessor;

import io.saola.crm.platform.security.KeycloakClaims;

/**
 * Verifies bearer tokens. The first time a token is seen its RS256 signature is verified (~40 µs) and the
 * result is remembered, keyed by the whole token, until the token expires but for no longer than
 * {@code cacheTtl}. Every use, remembered or not, checks expiry, not-before, issuer and audience again;
 * whether the token belongs to the request's workspace is the caller's check.
 */
public final class TokenVerifier {

    private final JWTProcessor<SecurityContext> processor;
    private final String issuer;
    private final String audience;
    private final long clockSkewSeconds;
    private final long cacheTtlNanos;
    private final Clock clock;
    private final Cache<String, Entry> verified;

    public TokenVerifier(JWTProcessor<SecurityContext> processor, String issuer, String audience,
                         Duration clockSkew, long cacheSize, Duration cacheTtl, Clock clock) {
        this.processor = processor;
        this.issuer = issuer;
        this.audience = audience;
        this.clockSkewSeconds = clockSkew.toSeconds();
        this.cacheTtlNanos = cacheTtl.toNanos();
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(cacheSize)
                .expireAfter(new EntryExpiry())
                .build();
    }

    /**
     * The verified token; throws {@link InvalidTokenException} when it is not acceptable and
     * {@link TokenVerificationUnavailableException} when the signing keys cannot be fetched.
     */
    public VerifiedToken verify(String token) {
        long now = clock.millis() / 1000;
        Entry remembered = verified.getIfPresent(token);
        if (remembered != null) {
            check(remembered.token(), now);
            return remembered.token();
        }
        VerifiedToken fresh = verifySignature(token);
        check(fresh, now);
        long secondsToExpiry = fresh.expiresAt() - now;
        if (secondsToExpiry > 0) {
            long rememberNanos = secondsToExpiry >= cacheTtlNanos / 1_000_000_000L
                    ? cacheTtlNanos : secondsToExpiry * 1_000_000_000L;
            verified.put(token, new Entry(fresh, rememberNanos));
        }
        return fresh;
    }

    /** How many verified tokens are remembered (approximately). */
    public long rememberedTokens() {
        return verified.estimatedSize();
    }

    private void check(VerifiedToken token, long now) {
        if (now - clockSkewSeconds >= token.expiresAt()) {
            throw new InvalidTokenException("The token has expired");
        }
        if (token.notBefore() != Long.MIN_VALUE && now + clockSkewSeconds < token.notBefore()) {
            throw new InvalidTokenException("The token is not valid yet");
        }
        if (!issuer.equals(token.issuer())) {
            throw new InvalidTokenException("The token was not issued by the expected issuer");
        }
        if (!token.audience().contains(audience)) {
            throw new InvalidTokenException("The token is not meant for this API");
        }
    }

    private VerifiedToken verifySignature(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("The token is malformed");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new InvalidTokenException("The token is not signed");
        }
        if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            throw new InvalidTokenException("The token is not signed with RS256");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(signed, null);
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("The token signature is not valid");
        } catch (JWKSetUnavailableException e) {
            throw new TokenVerificationUnavailableException("The signing keys cannot be fetched", e);
        } catch (JOSEException e) {
            // includes RateLimitReachedException: an unknown key id right after a refresh
            throw new InvalidTokenException("The token signature cannot be verified");
        }
        Date expiration = claims.getExpirationTime();
        if (expiration == null) {
            throw new InvalidTokenException("The token has no expiry");
        }
        Date notBefore = claims.getNotBeforeTime();
        List<String> audiences = claims.getAudience();
        return new VerifiedToken(claims.getClaims(), KeycloakClaims.identity(claims.getClaims()),
                claims.getIssuer(), audiences == null ? List.of() : audiences,
                expiration.getTime() / 1000, notBefore == null ? Long.MIN_VALUE : notBefore.getTime() / 1000);
    }

    private record Entry(VerifiedToken token, long rememberNanos) {
    }

    private static final class EntryExpiry implements Expiry<String, Entry> {

        @Override
        public long expireAfterCreate(String key, Entry value, long currentTime) {
            return value.rememberNanos();
        }

        @Override
        public long expireAfterUpdate(String key, Entry value, long currentTime, long currentDuration) {
            return value.rememberNanos();
        }

        @Override
        public long expireAfterRead(String key, Entry value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
