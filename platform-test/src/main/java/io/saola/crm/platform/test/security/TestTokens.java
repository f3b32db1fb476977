package io.saola.crm.platform.test.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import io.saola.crm.platform.security.Role;

/**
 * Mints access tokens shaped like the ones the Saola Keycloak realm issues: RS256, {@code organization} = the
 * workspaces (organization aliases) of a person, {@code groups} = {@code /<workspace>/<role>} paths,
 * {@code workspace} + {@code client_id} for partner API clients, audience {@value #DEFAULT_AUDIENCE}.
 * <pre>{@code
 * TestTokens tokens = identityProvider.tokens();            // or TestTokens.issuedBy(issuer)
 * String valid   = tokens.member("demo", Role.SALES_REP).build();
 * String partner = tokens.apiClient("demo", "acme-erp").build();
 * String expired = tokens.member("demo").expired().build();
 * String forged  = tokens.member("demo").signedWithUnpublishedKey().build();
 * }</pre>
 * Every builder starts valid (issued now, expiring in five minutes); the forging methods each break one thing.
 */
public final class TestTokens {

    public static final String DEFAULT_AUDIENCE = "saola-api";
    /** The issuer the platform expects when nothing is configured: the local Keycloak realm. */
    public static final String DEFAULT_ISSUER = "http://127.0.0.1:8180/realms/saola";
    public static final String FOREIGN_ISSUER = "https://evil.example.com/realms/saola";
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final String issuer;
    private final RSAKey signingKey;

    private TestTokens(String issuer, RSAKey signingKey) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
    }

    /** Tokens from {@code issuer}, signed with {@link TestKeys#signing()}. */
    public static TestTokens issuedBy(String issuer) {
        return new TestTokens(issuer, TestKeys.signing());
    }

    public static TestTokens issuedBy(String issuer, RSAKey signingKey) {
        return new TestTokens(issuer, signingKey);
    }

    public String issuer() {
        return issuer;
    }

    /** A valid token of a person without any workspace. */
    public Builder person() {
        return new Builder(issuer, signingKey);
    }

    /** A valid token of a person who belongs to {@code workspace} and holds {@code roles} there. */
    public Builder member(String workspace, Role... roles) {
        Builder builder = person().organizations(workspace);
        for (Role role : roles) {
            builder.role(workspace, role);
        }
        return builder;
    }

    /**
     * A valid client-credentials token of a partner API client bound to {@code workspace}: no organization,
     * a {@code workspace} claim and a {@code client_id}, as the confidential client's mappers put them.
     */
    public Builder apiClient(String workspace, String clientId) {
        return person()
                .subject("service-account-" + clientId)
                .claim("workspace", workspace)
                .clientId(clientId)
                .claim("preferred_username", "service-account-" + clientId)
                .without("email")
                .without("name");
    }

    /** Builds one token. Not thread-safe; make one per token. */
    public static final class Builder {

        private enum Signing { RS256, HS256, NONE }

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private final List<String> organizations = new ArrayList<>();
        private final List<String> groups = new ArrayList<>();
        private Instant issuedAt;
        private Instant expiresAt;
        private Instant notBefore;
        private RSAKey key;
        private String keyId;
        private Signing signing = Signing.RS256;
        private byte[] hmacSecret = TestKeys.HMAC_SECRET;

        private Builder(String issuer, RSAKey key) {
            this.key = key;
            this.keyId = key.getKeyID();
            this.issuedAt = Instant.now();
            this.expiresAt = issuedAt.plus(DEFAULT_LIFETIME);
            String user = "user-" + UUID.randomUUID().toString().substring(0, 8);
            claims.put("iss", issuer);
            claims.put("sub", UUID.randomUUID().toString());
            claims.put("aud", List.of(DEFAULT_AUDIENCE));
            claims.put("jti", UUID.randomUUID().toString());
            claims.put("typ", "Bearer");
            claims.put("azp", "saola-web");
            claims.put("scope", "openid email profile organization");
            claims.put("preferred_username", user);
            claims.put("email", user + "@example.com");
            claims.put("name", "Test " + user);
        }

        public Builder subject(String subject) {
            return claim("sub", subject);
        }

        /** Replaces the organization claim (workspace aliases). */
        public Builder organizations(String... workspaces) {
            organizations.clear();
            organizations.addAll(Arrays.asList(workspaces));
            return this;
        }

        /** Replaces the group paths, e.g. {@code "/demo/sales-rep"}. */
        public Builder groups(String... paths) {
            groups.clear();
            groups.addAll(Arrays.asList(paths));
            return this;
        }

        /** Adds the group that grants {@code role} in {@code workspace}. */
        public Builder role(String workspace, Role role) {
            groups.add("/" + workspace + "/" + role.groupName());
            return this;
        }

        /** Membership of a workspace's team: the group {@code /<workspace>/teams/<team>}. */
        public Builder team(String workspace, String team) {
            groups.add("/" + workspace + "/teams/" + team);
            return this;
        }

        public Builder audience(String... audiences) {
            return claim("aud", List.of(audiences));
        }

        public Builder issuer(String issuer) {
            return claim("iss", issuer);
        }

        public Builder email(String email) {
            return claim("email", email);
        }

        public Builder name(String name) {
            return claim("name", name);
        }

        public Builder clientId(String clientId) {
            claim("client_id", clientId);
            return claim("azp", clientId);
        }

        public Builder issuedAt(Instant instant) {
            this.issuedAt = instant;
            return this;
        }

        public Builder expiresAt(Instant instant) {
            this.expiresAt = instant;
            return this;
        }

        public Builder expiresIn(Duration lifetime) {
            this.expiresAt = Instant.now().plus(lifetime);
            return this;
        }

        public Builder notBefore(Instant instant) {
            this.notBefore = instant;
            return this;
        }

        /** Sets any claim; {@code null} removes it. Registered time claims go through the dedicated setters. */
        public Builder claim(String name, Object value) {
            switch (name) {
                case "exp", "iat", "nbf" -> throw new IllegalArgumentException(
                        "Use expiresAt/issuedAt/notBefore for " + name);
                case "organization" -> throw new IllegalArgumentException("Use organizations(...)");
                case "groups" -> throw new IllegalArgumentException("Use groups(...) or role(...)");
                default -> {
                }
            }
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
            return this;
        }

        public Builder without(String claim) {
            switch (claim) {
                case "exp" -> expiresAt = null;
                case "iat" -> issuedAt = null;
                case "nbf" -> notBefore = null;
                case "organization" -> organizations.clear();
                case "groups" -> groups.clear();
                default -> claims.remove(claim);
            }
            return this;
        }

        /** Signs with {@code key} and announces its key id. */
        public Builder signedWith(RSAKey key) {
            this.key = key;
            this.keyId = key.getKeyID();
            this.signing = Signing.RS256;
            return this;
        }

        /** Overrides the {@code kid} header only. */
        public Builder keyId(String keyId) {
            this.keyId = keyId;
            return this;
        }

        // ---- forgeries: each breaks exactly one thing ----

        /** Expired ten minutes ago (well beyond any clock skew allowance). */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofMinutes(20));
            this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
            return this;
        }

        /** Not valid before ten minutes from now. */
        public Builder notYetValid() {
            this.notBefore = Instant.now().plus(Duration.ofMinutes(10));
            this.expiresAt = Instant.now().plus(Duration.ofMinutes(20));
            return this;
        }

        public Builder wrongIssuer() {
            return issuer(FOREIGN_ISSUER);
        }

        /** Meant for another client ({@code account}, Keycloak's default audience). */
        public Builder wrongAudience() {
            return audience("account");
        }

        /** Signed with a key nobody publishes, under that key's own (unknown) key id. */
        public Builder signedWithUnpublishedKey() {
            return signedWith(TestKeys.unpublished());
        }

        /** Claims the published key's id but is signed with another key: the signature cannot verify. */
        public Builder forgedSignature() {
            String publishedKeyId = keyId;
            signedWith(TestKeys.unpublished());
            this.keyId = publishedKeyId;
            return this;
        }

        /** {@code alg: none}: no signature at all. */
        public Builder unsigned() {
            this.signing = Signing.NONE;
            return this;
        }

        /** HS256 with a shared secret: an algorithm the platform does not accept. */
        public Builder hs256() {
            this.signing = Signing.HS256;
            this.hmacSecret = TestKeys.HMAC_SECRET;
            return this;
        }

        /** The algorithm-confusion attack: HS256 keyed with the issuer's public RSA key bytes. */
        public Builder hs256WithPublicKeyAsSecret() {
            try {
                this.signing = Signing.HS256;
                this.hmacSecret = key.toRSAPublicKey().getEncoded();
                return this;
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        public JWTClaimsSet claimsSet() {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
            claims.forEach(builder::claim);
            if (!organizations.isEmpty()) {
                builder.claim("organization", List.copyOf(organizations));
            }
            if (!groups.isEmpty()) {
                builder.claim("groups", List.copyOf(groups));
            }
            if (issuedAt != null) {
                builder.issueTime(Date.from(issuedAt));
            }
            if (expiresAt != null) {
                builder.expirationTime(Date.from(expiresAt));
            }
            if (notBefore != null) {
                builder.notBeforeTime(Date.from(notBefore));
            }
            return builder.build();
        }

        /** The compact serialization, ready for an {@code Authorization: Bearer} header. */
        public String build() {
            JWTClaimsSet claimsSet = claimsSet();
            try {
                return switch (signing) {
                    case NONE -> new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), claimsSet)
                            .serialize();
                    case HS256 -> sign(JWSAlgorithm.HS256, new MACSigner(hmacSecret), claimsSet);
                    case RS256 -> sign(JWSAlgorithm.RS256, new RSASSASigner(key), claimsSet);
                };
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign test token", e);
            }
        }

        /** {@code "Bearer <token>"}. */
        public String authorization() {
            return "Bearer " + build();
        }

        private String sign(JWSAlgorithm algorithm, JWSSigner signer, JWTClaimsSet claimsSet) throws JOSEException {
            JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
            if (keyId != null) {
                header.keyID(keyId);
            }
            SignedJWT jwt = new SignedJWT(header.build(), claimsSet);
            jwt.sign(signer);
            return jwt.serialize();
        }
    }
}
