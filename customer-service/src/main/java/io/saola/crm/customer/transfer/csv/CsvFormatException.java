package io.saola.crm.customer.transfer.csv;

/** The input is not CSV this service can read; the import stops at that line. */
public class CsvFormatException extends RuntimeException {

    private final long line;

    public CsvFormatException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
