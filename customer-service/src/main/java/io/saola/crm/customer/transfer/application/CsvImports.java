package io.saola.crm.customer.transfer.application;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import io.saola.crm.customer.record.application.InvalidFieldException;
import io.saola.crm.customer.transfer.csv.CsvFormatException;
import io.saola.crm.customer.transfer.csv.CsvReader;
import io.saola.crm.platform.web.ProblemException;

/**
 * The row loop every import shares: a header naming the columns (any order, any case; unknown columns are
 * ignored), then one record per row handed to the importer, errors collected per row. Rows are read and
 * stored one at a time.
 */
final class CsvImports {

    private CsvImports() {
    }

    /**
     * Reads the whole file once before anything is stored, so that a file this service cannot import is refused
     * as a whole (422) and changes nothing: it must be UTF-8 CSV whose header names each known column once and
     * every required one, with between one and {@code maxRows} rows. Answers the number of rows.
     */
    static long check(Reader input, List<String> columns, Set<String> required, long maxRows) {
        CsvReader csv = new CsvReader(input);
        positions(header(csv), columns, required);
        long rows = 0;
        while (true) {
            List<String> record = next(csv);
            if (record == null) {
                break;
            }
            if (!isBlank(record) && ++rows > maxRows) {
                throw new InvalidFieldException("file", "has more than " + maxRows
                        + " rows; split it into several files", null);
            }
        }
        if (rows == 0) {
            throw new InvalidFieldException("file", "has no rows below the header", null);
        }
        return rows;
    }

    static ImportReport run(Reader input, List<String> columns, Set<String> required,
                            Function<Row, RowOutcome> importer) {
        return run(input, columns, required, importer, tally -> {
        });
    }

    /** Imports row by row, telling {@code progress} after each row; it may stop the import by throwing. */
    static ImportReport run(Reader input, List<String> columns, Set<String> required,
                            Function<Row, RowOutcome> importer, Consumer<Tally> progress) {
        CsvReader csv = new CsvReader(input);
        Map<Integer, String> positions = positions(header(csv), columns, required);
        Tally tally = new Tally();
        while (true) {
            long line = csv.line();
            List<String> record;
            try {
                record = csv.next();
            } catch (CsvFormatException unreadable) {
                tally.failed++;
                tally.add(new ImportReport.RowError(unreadable.line(), null, unreadable.getMessage()
                        + "; the rest of the file was not read"));
                break;
            }
            if (record == null) {
                break;
            }
            if (isBlank(record)) {
                continue;
            }
            tally.rows++;
            Map<String, String> values = new LinkedHashMap<>();
            positions.forEach((index, column) -> {
                String value = index < record.size() ? record.get(index).strip() : "";
                values.put(column, value.isEmpty() ? null : value);
            });
            RowOutcome outcome;
            try {
                outcome = importer.apply(new Row(line, values, columns));
            } catch (ProblemException refused) {
                outcome = new RowOutcome.Refused(List.of(new ImportReport.RowError(line, null, refused.detail())));
            }
            if (outcome instanceof RowOutcome.Imported) {
                tally.imported++;
            } else if (outcome instanceof RowOutcome.AlreadyImported) {
                tally.already++;
            } else if (outcome instanceof RowOutcome.Refused refused) {
                tally.failed++;
                refused.errors().forEach(tally::add);
            }
            progress.accept(tally);
        }
        return tally.report();
    }

    private static List<String> header(CsvReader csv) {
        List<String> header = next(csv);
        if (header == null) {
            throw new InvalidFieldException("file", "is empty; the first line names the columns", null);
        }
        return header;
    }

    /** The next record; a file that is not UTF-8 CSV this reader takes is the client's mistake. */
    private static List<String> next(CsvReader csv) {
        try {
            return csv.next();
        } catch (CsvFormatException unreadable) {
            throw new InvalidFieldException("file", unreadable.getMessage(), null);
        } catch (UncheckedIOException unreadable) {
            if (unreadable.getCause() instanceof CharacterCodingException) {
                throw new InvalidFieldException("file", "is not UTF-8 text; save it as \"CSV UTF-8\"", null);
            }
            throw unreadable;
        }
    }

    private static Map<Integer, String> positions(List<String> header, List<String> columns, Set<String> required) {
        Map<Integer, String> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            for (String column : columns) {
                if (column.equalsIgnoreCase(name)) {
                    if (positions.containsValue(column)) {
                        throw new InvalidFieldException("file", "names the column '" + column
                                + "' more than once", String.join(",", header));
                    }
                    positions.put(i, column);
                }
            }
        }
        for (String column : required) {
            if (!positions.containsValue(column)) {
                throw new InvalidFieldException("file", "has no column '" + column + "'; columns: "
                        + String.join(",", columns), String.join(",", header));
            }
        }
        return positions;
    }

    private static boolean isBlank(List<String> record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /** What an import has done so far; errors beyond {@value ImportReport#MAX_ERRORS} are only counted. */
    static final class Tally {

        private long rows;
        private long imported;
        private long already;
        private long failed;
        private final List<ImportReport.RowError> errors = new ArrayList<>();
        private boolean truncated;

        long rows() {
            return rows;
        }

        /** The errors so far, oldest first; a view that grows as the import goes on. */
        List<ImportReport.RowError> errors() {
            return Collections.unmodifiableList(errors);
        }

        ImportReport report() {
            return new ImportReport(rows, imported, already, failed, List.copyOf(errors), truncated);
        }

        private void add(ImportReport.RowError error) {
            truncated |= !CsvImports.add(errors, error);
        }
    }

    private static boolean add(List<ImportReport.RowError> errors, ImportReport.RowError error) {
        if (errors.size() >= ImportReport.MAX_ERRORS) {
            return false;
        }
        errors.add(error);
        return true;
    }

    /** One data row: its line in the file and its values by column (null when empty). */
    record Row(long line, Map<String, String> values, List<String> columns) {

        String get(String column) {
            return values.get(column);
        }

        /**
         * The id a row's record gets: derived from the workspace, the kind and the row's values in column order,
         * so the same row uploaded again finds the record it created and is not imported twice.
         */
        String deterministicId(String workspace, String kind) {
            StringBuilder key = new StringBuilder(kind).append('\u001e').append(workspace);
            for (String column : columns) {
                String value = values.get(column);
                key.append('\u001f').append(value == null ? "" : value.toLowerCase(Locale.ROOT));
            }
            return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
        }

        ImportReport.RowError error(String field, String message) {
            return new ImportReport.RowError(line, field, message);
        }
    }
}
