package io.saola.crm.platform.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private final CursorCodec codec = CursorCodec.withDefaultKey();

    @Test
    void roundTripsThePayloadForTheSameSort() {
        String cursor = codec.encode("name,-createdAt", "{\"v\": [\"Nguyễn\", 42], \"i\": \"abc\"}");

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(codec.decode(cursor, "name,-createdAt")).isEqualTo("{\"v\": [\"Nguyễn\", 42], \"i\": \"abc\"}");
    }

    @Test
    void refusesACursorIssuedForAnotherSort() {
        String cursor = codec.encode("name", "{}");

        assertThatThrownBy(() -> codec.decode(cursor, "-name"))
                .isInstanceOf(InvalidListQueryException.class)
                .hasMessageContaining("another sort order");
    }

    @Test
    void refusesEveryAlteredByte() {
        String cursor = codec.encode("name", "{\"v\": [\"a\"], \"i\": 1}");
        byte[] raw = Base64.getUrlDecoder().decode(cursor);
        for (int i = 0; i < raw.length; i++) {
            byte[] altered = raw.clone();
            altered[i] ^= 0x01;
            String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThatThrownBy(() -> codec.decode(tampered, "name"))
                    .isInstanceOf(InvalidListQueryException.class)
                    .hasMessageContaining("cursor is not valid");
        }
    }

    @Test
    void refusesForgedTruncatedAndOversizedCursors() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("\u0001\u0000\u0004name{\"v\":[{\"$gt\":\"\"}],\"i\":1}0123456789abcdef"
                        .getBytes(StandardCharsets.UTF_8));
        String valid = codec.encode("name", "{}");

        for (String bad : new String[] {forged, valid.substring(0, valid.length() - 3), "not base64 !", "",
                "A".repeat(5000)}) {
            assertThatThrownBy(() -> codec.decode(bad, "name")).isInstanceOf(InvalidListQueryException.class);
        }
    }

    @Test
    void cursorsOfOneKeyAreRefusedUnderAnother() {
        String cursor = new CursorCodec("instance-a".getBytes(StandardCharsets.UTF_8)).encode("name", "{}");

        assertThatThrownBy(() -> new CursorCodec("instance-b".getBytes(StandardCharsets.UTF_8))
                .decode(cursor, "name")).isInstanceOf(InvalidListQueryException.class);
    }
}
