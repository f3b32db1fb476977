package io.saola.crm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void readsStrongWeakAndBareVersions() {
        assertThat(IfMatch.version("\"3\"")).isEqualTo(3L);
        assertThat(IfMatch.version(" W/\"3\" ")).isEqualTo(3L);
        assertThat(IfMatch.version("3")).isEqualTo(3L);
        assertThat(IfMatch.version("*")).isNull();
        assertThat(IfMatch.version(null)).isNull();
        assertThat(IfMatch.etag(7L)).isEqualTo("\"7\"");
        assertThat(IfMatch.etag(null)).isEqualTo("\"0\"");
    }

    @Test
    void aChangeBasedOnAnotherVersionIsAPreconditionFailure() {
        IfMatch.check("\"4\"", "member", "u-1", 4L);
        IfMatch.check(null, "member", "u-1", 4L);
        IfMatch.check("*", "member", "u-1", 4L);

        assertThatThrownBy(() -> IfMatch.check("\"3\"", "member", "u-1", 4L))
                .isInstanceOf(PreconditionFailedException.class)
                .satisfies(e -> assertThat(((ProblemException) e).type().status()).isEqualTo(412));
        assertThatThrownBy(() -> IfMatch.version("\"abc\"")).isInstanceOf(PreconditionFailedException.class);
    }
}
