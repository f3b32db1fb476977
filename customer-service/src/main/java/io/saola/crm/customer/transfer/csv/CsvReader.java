package io.saola.crm.customer.transfer.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: comma-separated, fields optionally in double quotes, {@code ""}
 * for a quote inside quotes, line breaks inside quoted fields, CRLF or LF line ends, a leading UTF-8 BOM
 * ignored. Fields longer than {@value #MAX_FIELD} characters or records of more than {@value #MAX_FIELDS}
 * fields are refused, so a hostile file cannot exhaust memory.
 */
public final class CsvReader {

    public static final int MAX_FIELD = 10_000;
    public static final int MAX_FIELDS = 100;

    private final Reader in;
    private int pushedBack = -2;
    private boolean started;
    private long line = 1;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the next record starts on (1-based). */
    public long line() {
        return line;
    }

    /** The next record, or null at the end of the input. */
    public List<String> next() {
        try {
            int c = read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    c = read();
                }
            }
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new CsvFormatException(line, "a quoted field is not closed");
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            append(field, '"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        append(field, (char) c);
                    }
                } else if (c == ',' ) {
                    addField(fields, field);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n' || c == -1) {
                    if (c == '\r') {
                        int after = read();
                        if (after != '\n') {
                            unread(after);
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    addField(fields, field);
                    return fields;
                } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else {
                    append(field, (char) c);
                }
                c = read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addField(List<String> fields, StringBuilder field) {
        if (fields.size() == MAX_FIELDS) {
            throw new CsvFormatException(line, "a record has more than " + MAX_FIELDS + " fields");
        }
        // an apostrophe in front of a formula character is CsvWriter's neutralisation: the value is what follows
        boolean neutralised = field.length() > 1 && field.charAt(0) == '\''
                && CsvWriter.startsLikeAFormula(field.subSequence(1, field.length()));
        fields.add(neutralised ? field.substring(1) : field.toString());
        field.setLength(0);
    }

    private void append(StringBuilder field, char c) {
        if (field.length() == MAX_FIELD) {
            throw new CsvFormatException(line, "a field is longer than " + MAX_FIELD + " characters");
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
