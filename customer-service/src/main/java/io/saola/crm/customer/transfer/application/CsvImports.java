package io.saola.crm.customer.transfer.application;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

    static ImportReport run(Reader input, List<String> columns, Set<String> required,
                            Function<Row, RowOutcome> importer) {
        CsvReader csv = new CsvReader(input);
        List<String> header = csv.next();
        if (header == null) {
            throw new InvalidFieldException("file", "is empty; the first line names the columns", null);
        }
        Map<Integer, String> positions = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            for (String column : columns) {
                if (column.equalsIgnoreCase(name)) {
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
        long rows = 0;
        long imported = 0;
        long already = 0;
        long failed = 0;
        List<ImportReport.RowError> errors = new ArrayList<>();
        boolean truncated = false;
        while (true) {
            long line = csv.line();
            List<String> record;
            try {
                record = csv.next();
            } catch (CsvFormatException unreadable) {
                failed++;
                truncated |= !add(errors, new ImportReport.RowError(unreadable.line(), null, unreadable.getMessage()
                        + "; the rest of the file was not read"));
                break;
            }
            if (record == null) {
                break;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            rows++;
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
                imported++;
            } else if (outcome instanceof RowOutcome.AlreadyImported) {
                already++;
            } else if (outcome instanceof RowOutcome.Refused refused) {
                failed++;
                for (ImportReport.RowError error : refused.errors()) {
                    truncated |= !add(errors, error);
                }
            }
        }
        return new ImportReport(rows, imported, already, failed, errors, truncated);
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
