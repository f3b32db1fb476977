package io.saola.crm.platform.test.security;

import java.nio.charset.StandardCharsets;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * RSA key pairs for tests, generated once per JVM. {@link #signing()} is the key a {@link TestIdentityProvider}
 * publishes and {@link TestTokens} signs with; {@link #unpublished()} is a key no issuer publishes, for forged
 * tokens.
 */
public final class TestKeys {

    public static final String SIGNING_KEY_ID = "saola-test-signing-key";
    public static final String UNPUBLISHED_KEY_ID = "saola-test-unpublished-key";

    /** A shared secret for HS256 tokens: an algorithm the platform never accepts. */
    public static final byte[] HMAC_SECRET =
            "saola-test-hmac-secret-that-is-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8);

    private static final RSAKey SIGNING = generate(SIGNING_KEY_ID);
    private static final RSAKey UNPUBLISHED = generate(UNPUBLISHED_KEY_ID);

    private TestKeys() {
    }

    /** The key pair tokens are signed with by default (private part included). */
    public static RSAKey signing() {
        return SIGNING;
    }

    /** A key pair nobody publishes: tokens signed with it must be rejected. */
    public static RSAKey unpublished() {
        return UNPUBLISHED;
    }

    /** A fresh RS256 signing key pair, e.g. to rotate an issuer's keys in a test. */
    public static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(keyId)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a test RSA key", e);
        }
    }
}
