package io.saola.crm.salesdata.numbering.domain;

/**
 * The number of a quote, order or contract: a prefix, the year and a sequence that counts from 1 within the
 * workspace and year, printed {@code BG-2026-000123}. Sequences beyond six digits simply print wider.
 */
public record DocumentNumber(String prefix, int year, long sequence) {

    public static final String QUOTE = "BG";
    public static final String ORDER = "DH";
    public static final String CONTRACT = "HD";

    public DocumentNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("A document sequence starts at 1, not " + sequence);
        }
    }

    public String text() {
        return String.format("%s-%04d-%06d", prefix, year, sequence);
    }

    @Override
    public String toString() {
        return text();
    }
}
