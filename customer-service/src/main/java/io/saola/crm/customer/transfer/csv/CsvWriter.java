package io.saola.crm.customer.transfer.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV with CRLF line ends. Every text cell that a spreadsheet could run as a formula (starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: OWASP's CSV injection list) gets
 * a leading apostrophe, so no exported value can become a formula in the reader's spreadsheet. Text that only
 * looks like a number is neutralised too ({@code -2+3} is a formula to a spreadsheet, and so is a phone number
 * {@code +8491...}); numbers are numbers only when they are passed as {@link Number}s, which are written as they
 * are. {@link CsvReader} takes the apostrophe off again, so an export imports back unchanged.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Starts the file with a UTF-8 byte order mark, which spreadsheet programs need to show Vietnamese. */
    public CsvWriter byteOrderMark() {
        try {
            out.write('\uFEFF');
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(values.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        String text = String.valueOf(value);
        if (startsLikeAFormula(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static boolean startsLikeAFormula(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
