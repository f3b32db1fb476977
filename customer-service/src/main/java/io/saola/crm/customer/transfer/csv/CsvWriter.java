package io.saola.crm.customer.transfer.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV with CRLF line ends. Fields that a spreadsheet would run as a formula (starting with
 * {@code =}, {@code @}, a tab, or {@code +}/{@code -} not followed by a digit) get a leading apostrophe, so an
 * exported name cannot become a formula in the reader's spreadsheet; phone numbers like {@code +8491...} stay.
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

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (isFormula(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        if (first == '+' || first == '-') {
            return text.length() == 1 || !Character.isDigit(text.charAt(1));
        }
        return false;
    }
}
