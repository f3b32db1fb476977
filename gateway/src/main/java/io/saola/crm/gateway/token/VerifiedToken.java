package io.saola.crm.gateway.token;

import java.util.List;
import java.util.Map;

import io.saola.crm.platform.security.TokenIdentity;

/**
 * A token whose signature has been verified, with what is needed to check it again without verifying it
 * again: its claims, the identity they describe and its time window (epoch seconds; {@code notBefore} is
 * {@link Long#MIN_VALUE} when absent).
 */
public record VerifiedToken(Map<String, Object> claims, TokenIdentity identity, String issuer,
                            List<String> audience, long expiresAt, long notBefore) {

    public VerifiedToken {
        audience = List.copyOf(audience);
    }
}
