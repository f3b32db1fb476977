package io.saola.crm.platform.list;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes page cursors opaque and tamper-evident: a version, the sort they were issued for and a
 * storage-specific payload (the last row's sort values and id), sealed with an HMAC and base64url-encoded.
 * A cursor that was altered, truncated or issued for another sort is refused with 400.
 * <p>
 * The key only needs to be shared by the instances of a service (configure {@code saola.list.cursor-key});
 * the built-in default still detects corruption and casual edits. Cursors carry no secrets and filters and
 * scopes are applied again on every page, so a forged cursor can only choose where a page starts.
 */
public final class CursorCodec {

    public static final int MAX_CURSOR_LENGTH = 4096;
    static final String PARAMETER = "cursor";

    private static final byte VERSION = 1;
    private static final int MAC_LENGTH = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] DEFAULT_KEY = "saola-list-cursor-v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    public CursorCodec(byte[] key) {
        if (key == null || key.length == 0) {
            throw new IllegalArgumentException("A cursor key must not be empty");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public static CursorCodec withDefaultKey() {
        return new CursorCodec(DEFAULT_KEY);
    }

    public String encode(String sortKey, String payload) {
        byte[] sort = sortKey.getBytes(StandardCharsets.UTF_8);
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        ByteBuffer body = ByteBuffer.allocate(1 + 2 + sort.length + data.length);
        body.put(VERSION).putShort((short) sort.length).put(sort).put(data);
        byte[] sealed = Arrays.copyOf(body.array(), body.capacity() + MAC_LENGTH);
        System.arraycopy(mac(body.array()), 0, sealed, body.capacity(), MAC_LENGTH);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    /** The payload of a cursor issued by {@link #encode} for the same sort; else {@link InvalidListQueryException}. */
    public String decode(String cursor, String sortKey) {
        if (cursor.length() > MAX_CURSOR_LENGTH) {
            throw invalid();
        }
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (sealed.length < 1 + 2 + MAC_LENGTH) {
            throw invalid();
        }
        byte[] body = Arrays.copyOf(sealed, sealed.length - MAC_LENGTH);
        byte[] mac = Arrays.copyOfRange(sealed, body.length, sealed.length);
        if (!MessageDigest.isEqual(mac, Arrays.copyOf(mac(body), MAC_LENGTH))) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(body);
        if (buffer.get() != VERSION) {
            throw invalid();
        }
        int sortLength = Short.toUnsignedInt(buffer.getShort());
        if (sortLength > buffer.remaining()) {
            throw invalid();
        }
        byte[] sort = new byte[sortLength];
        buffer.get(sort);
        if (!new String(sort, StandardCharsets.UTF_8).equals(sortKey)) {
            throw InvalidListQueryException.of(PARAMETER, null, "the cursor belongs to another sort order; "
                    + "keep the sort of the first page or start again without a cursor");
        }
        byte[] payload = new byte[buffer.remaining()];
        buffer.get(payload);
        return new String(payload, StandardCharsets.UTF_8);
    }

    static InvalidListQueryException invalid() {
        return InvalidListQueryException.of(PARAMETER, null,
                "the cursor is not valid; use the nextCursor of a previous page unchanged");
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
        }
    }
}
