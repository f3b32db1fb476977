package io.saola.crm.gateway.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.saola.crm.platform.security.Role;
import io.saola.crm.platform.security.SecurityProperties;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.platform.test.security.TestIdentityProvider;
import io.saola.crm.platform.test.security.TestKeys;
import io.saola.crm.platform.test.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenVerifierTest {

    @RegisterExtension
    static final TestIdentityProvider IDENTITY_PROVIDER = new TestIdentityProvider();

    private final MutableClock clock = new MutableClock(Instant.now());
    private TestTokens tokens;

    @BeforeEach
    void setUp() {
        IDENTITY_PROVIDER.resetKeys();
        tokens = IDENTITY_PROVIDER.tokens();
    }

    @Test
    void acceptsAValidTokenAndReadsWhoItIs() {
        String token = tokens.member("demo", Role.SALES_REP).subject("user-1").build();

        VerifiedToken verified = verifier(Duration.ofSeconds(30)).verify(token);

        assertThat(verified.identity().subject()).isEqualTo("user-1");
        assertThat(verified.identity().belongsTo(WorkspaceId.of("demo"))).isTrue();
        assertThat(verified.identity().in(WorkspaceId.of("demo")).orElseThrow().roles()).containsExactly(Role.SALES_REP);
        assertThat(verified.identity().belongsTo(WorkspaceId.of("acme"))).isFalse();
    }

    @Test
    void fetchesTheKeysOnFirstUseOnlyAndThenRemembersTheToken() {
        int fetchesBefore = IDENTITY_PROVIDER.keySetRequests();
        TokenVerifier verifier = verifier(Duration.ofSeconds(30));
        assertThat(IDENTITY_PROVIDER.keySetRequests()).isEqualTo(fetchesBefore);

        String token = tokens.member("demo").build();
        verifier.verify(token);
        verifier.verify(token);
        verifier.verify(tokens.member("acme").build());

        assertThat(IDENTITY_PROVIDER.keySetRequests()).isEqualTo(fetchesBefore + 1);
        assertThat(verifier.rememberedTokens()).isEqualTo(2);
    }

    @Test
    void checksTheExpiryOfARememberedTokenOnEveryUse() {
        TokenVerifier verifier = verifier(Duration.ofSeconds(30));
        String token = tokens.member("demo").expiresAt(clock.instant().plusSeconds(60)).build();
        verifier.verify(token);
        assertThat(verifier.rememberedTokens()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(80));
        verifier.verify(token); // within the clock skew

        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void checksTheNotBeforeOfARememberedTokenOnEveryUse() {
        TokenVerifier verifier = verifier(Duration.ofSeconds(30));
        String token = tokens.member("demo").notBefore(clock.instant().plusSeconds(20)).build();
        verifier.verify(token); // within the clock skew

        clock.advance(Duration.ofSeconds(-20));

        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("not valid yet");
    }

    @Test
    void remembersNoTokenPastItsExpiry() {
        TokenVerifier verifier = verifier(Duration.ZERO);
        String token = tokens.member("demo").expiresAt(clock.instant().minusSeconds(1)).build();

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
        assertThat(verifier.rememberedTokens()).isZero();
    }

    static Stream<Arguments> tokensThatAreNotValid() {
        return Stream.of(
                Arguments.of("forged signature", (UnaryOperator<TestTokens.Builder>) TestTokens.Builder::forgedSignature,
                        "signature"),
                Arguments.of("unpublished key",
                        (UnaryOperator<TestTokens.Builder>) TestTokens.Builder::signedWithUnpublishedKey, "signature"),
                Arguments.of("alg none", (UnaryOperator<TestTokens.Builder>) TestTokens.Builder::unsigned, "not signed"),
                Arguments.of("HS256", (UnaryOperator<TestTokens.Builder>) TestTokens.Builder::hs256, "RS256"),
                Arguments.of("HS256 with the public key",
                        (UnaryOperator<TestTokens.Builder>) TestTokens.Builder::hs256WithPublicKeyAsSecret, "RS256"),
                Arguments.of("expired", (UnaryOperator<TestTokens.Builder>) TestTokens.Builder::expired, "expired"),
                Arguments.of("not yet valid", (UnaryOperator<TestTokens.Builder>) TestTokens.Builder::notYetValid,
                        "not valid yet"),
                Arguments.of("wrong issuer", (UnaryOperator<TestTokens.Builder>) TestTokens.Builder::wrongIssuer,
                        "issuer"),
                Arguments.of("wrong audience", (UnaryOperator<TestTokens.Builder>) TestTokens.Builder::wrongAudience,
                        "API"),
                Arguments.of("no expiry", (UnaryOperator<TestTokens.Builder>) builder -> builder.without("exp"),
                        "no expiry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensThatAreNotValid")
    void refusesTokensThatAreNotValid(String name, UnaryOperator<TestTokens.Builder> forge, String reason) {
        TokenVerifier verifier = verifier(Duration.ofSeconds(30));
        String token = forge.apply(tokens.member("demo")).build();

        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining(reason);
        assertThat(verifier.rememberedTokens()).isZero();
    }

    @Test
    void refusesSomethingThatIsNoJwt() {
        assertThatThrownBy(() -> verifier(Duration.ofSeconds(30)).verify("abc.def.ghi"))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("malformed");
    }

    @Test
    void fetchesTheKeysAgainWhenATokenNamesANewKey() {
        TokenVerifier verifier = verifier(Duration.ofSeconds(30), Duration.ofMillis(100));
        verifier.verify(tokens.member("demo").build());
        RSAKey rotated = TestKeys.generate("rotated-key");
        IDENTITY_PROVIDER.rotateTo(rotated);

        VerifiedToken verified = verifier.verify(IDENTITY_PROVIDER.tokens().member("demo").build());

        assertThat(verified.identity().belongsTo(WorkspaceId.of("demo"))).isTrue();
    }

    @Test
    void doesNotFetchTheKeysForEveryUnknownKeyId() {
        TokenVerifier verifier = verifier(Duration.ofSeconds(30));
        verifier.verify(tokens.member("demo").build());
        int fetches = IDENTITY_PROVIDER.keySetRequests();

        for (int i = 0; i < 10; i++) {
            String forged = tokens.member("demo").signedWithUnpublishedKey().build();
            assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class);
        }

        assertThat(IDENTITY_PROVIDER.keySetRequests() - fetches).isLessThanOrEqualTo(2);
    }

    @Test
    void saysVerificationIsUnavailableWhenTheKeysCannotBeFetched() {
        IDENTITY_PROVIDER.setAvailable(false);
        TokenVerifier verifier = verifier(Duration.ofSeconds(30));

        assertThatThrownBy(() -> verifier.verify(tokens.member("demo").build()))
                .isInstanceOf(TokenVerificationUnavailableException.class);
    }

    private TokenVerifier verifier(Duration clockSkew) {
        return verifier(clockSkew, Duration.ofSeconds(30));
    }

    private TokenVerifier verifier(Duration clockSkew, Duration keyRefreshInterval) {
        SecurityProperties security = new SecurityProperties(IDENTITY_PROVIDER.issuerUri(),
                IDENTITY_PROVIDER.jwksUri(), TestTokens.DEFAULT_AUDIENCE, List.of(), List.of(), List.of());
        TokenProperties properties = new TokenProperties(true, clockSkew, 100, Duration.ofSeconds(60),
                Duration.ofMinutes(5), keyRefreshInterval, Duration.ofSeconds(2));
        return new TokenVerifier(TokenConfiguration.processor(TokenConfiguration.keySource(security, properties)),
                security.issuerUri(), security.audience(), clockSkew, properties.cacheSize(), properties.cacheTtl(),
                clock);
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
