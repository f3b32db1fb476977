package io.saola.crm.customer.transfer.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.saola.crm.platform.web.PayloadTooLargeException;

/**
 * An uploaded file kept in a temporary file until its import ends, so that the request can be answered at once
 * and the job reads it at its own pace. Received up to a byte limit (413 beyond, without reading further) and
 * hashed on the way in; read back as strict UTF-8, so bytes that are not UTF-8 are an error, not replaced.
 */
public final class CsvUpload {

    private final Path file;
    private final long bytes;
    private final String sha256;

    private CsvUpload(Path file, long bytes, String sha256) {
        this.file = file;
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    /** Reads {@code body} to its end; {@code declaredLength} is the request's Content-Length, or -1. */
    public static CsvUpload receive(InputStream body, long declaredLength, long maxBytes) {
        if (declaredLength > maxBytes) {
            throw new PayloadTooLargeException("The file", maxBytes);
        }
        Path file = null;
        try {
            file = Files.createTempFile("saola-import-", ".csv");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = body.read(buffer)) != -1) {
                    total += read;
                    if (total > maxBytes) {
                        throw new PayloadTooLargeException("The file", maxBytes);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            return new CsvUpload(file, total, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            delete(file);
            throw new IllegalStateException("SHA-256 is not available", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    public long bytes() {
        return bytes;
    }

    /** The hash of the file's bytes, in hex. */
    public String sha256() {
        return sha256;
    }

    public Reader open() {
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system cleans its temporary directory
        }
    }
}
