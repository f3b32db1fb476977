package io.saola.crm.gateway.token;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BearerTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.DEF-_~+/xyz", "bearer abc.DEF-_~+/xyz", "BEARER abc.DEF-_~+/xyz"})
    void readsTheTokenWhateverTheCaseOfTheScheme(String header) {
        assertThat(BearerTokens.token(header)).isEqualTo("abc.DEF-_~+/xyz");
    }

    @Test
    void allowsTrailingPadding() {
        assertThat(BearerTokens.token("Bearer abc==")).isEqualTo("abc==");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Token abc", "Bearerabc"})
    void treatsOtherSchemesAsNoToken(String header) {
        assertThatThrownBy(() -> BearerTokens.token(header))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.isMissing()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer  abc", "Bearer abc def", "Bearer abc=def", "Bearer =abc", "Bearer abc\"",
            "Bearer ab,c", "Bearer abc "})
    void refusesMalformedTokens(String header) {
        assertThatThrownBy(() -> BearerTokens.token(header))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.isMissing()).isFalse());
    }
}
