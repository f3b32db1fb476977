package io.saola.crm.sales.record.domain;

/**
 * The version a write was based on, and whether it came from an {@code If-Match} header (a mismatch is then
 * 412) or from the body (a mismatch is a 409). {@link #ANY} skips the check.
 */
public record ExpectedVersion(Long version, boolean fromHeader) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null, false);

    public boolean matches(long current) {
        return version == null || version == current;
    }
}
