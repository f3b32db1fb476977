package io.saola.crm.customer.transfer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.saola.crm.customer.record.application.InvalidFieldException;

class CsvImportsTest {

    private static final List<String> COLUMNS = List.of("name", "email");

    @Test
    void readsAHundredThousandRowsOneAtATimeFromAStreamThatIsNeverWhole() {
        AtomicLong seen = new AtomicLong();

        ImportReport report = CsvImports.run(new GeneratedRows(100_000), COLUMNS, Set.of("name"), row -> {
            seen.incrementAndGet();
            return row.line() % 1000 == 0 ? new RowOutcome.Refused(List.of(row.error("email", "bad")))
                    : new RowOutcome.Imported();
        });

        assertThat(seen.get()).isEqualTo(100_000);
        assertThat(report.rows()).isEqualTo(100_000);
        assertThat(report.failed()).isEqualTo(100);
        assertThat(report.imported()).isEqualTo(99_900);
        assertThat(report.errors().get(0).row()).isEqualTo(1000);
    }

    @Test
    void theSameRowGetsTheSameIdWhateverTheColumnOrderAndAnotherRowAnother() {
        String[] ids = new String[3];
        CsvImports.run(new StringReader("name,email\nNguyễn An,an@x.vn\n"), COLUMNS, Set.of("name"), row -> {
            ids[0] = row.deterministicId("acme", "account");
            return new RowOutcome.Imported();
        });
        CsvImports.run(new StringReader("email,name\nan@x.vn,Nguyễn An\n"), COLUMNS, Set.of("name"), row -> {
            ids[1] = row.deterministicId("acme", "account");
            return new RowOutcome.Imported();
        });
        CsvImports.run(new StringReader("name,email\nNguyễn An,an@x.vn\n"), COLUMNS, Set.of("name"), row -> {
            ids[2] = row.deterministicId("globex", "account");
            return new RowOutcome.Imported();
        });

        assertThat(ids[0]).isEqualTo(ids[1]).isNotEqualTo(ids[2]);
    }

    @Test
    void aFileWithoutItsRequiredColumnIsRefusedBeforeAnyRow() {
        assertThatThrownBy(() -> CsvImports.run(new StringReader("email\na@b.vn\n"), COLUMNS, Set.of("name"),
                row -> {
                    throw new AssertionError("no row may be read");
                })).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aHeaderOfMoreThanAHundredColumnsIsTheClientsMistakeNotAFailure() {
        String header = "name," + "x,".repeat(100) + "email\n";

        assertThatThrownBy(() -> CsvImports.run(new StringReader(header + "An,a@b.vn\n"), COLUMNS, Set.of("name"),
                row -> new RowOutcome.Imported()))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("more than 100 fields");
    }

    @Test
    void checkingReadsTheWholeFileCountsItsRowsAndRefusesOneItCannotImport() {
        assertThat(CsvImports.check(new StringReader("name,email\nAn,a@b.vn\n\nBình,\n"), COLUMNS, Set.of("name"), 2))
                .isEqualTo(2);
        assertThatThrownBy(() -> CsvImports.check(new StringReader("name\nAn\nBình\nChi\n"), COLUMNS,
                Set.of("name"), 2)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("more than 2 rows");
        assertThatThrownBy(() -> CsvImports.check(new StringReader("name\nAn\n\"Bình\n"), COLUMNS, Set.of("name"),
                10)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> CsvImports.check(new StringReader("email,NAME,name\n"), COLUMNS, Set.of("name"),
                10)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("'name' more than once");
    }

    /** CSV text produced on demand, row by row, so the whole file never exists in memory. */
    private static final class GeneratedRows extends Reader {

        private final int rows;
        private int next = -1;
        private String current = "";
        private int position;

        GeneratedRows(int rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == current.length()) {
                if (next >= rows) {
                    return -1;
                }
                current = next < 0 ? "name,email\r\n" : "Khách hàng Đặng " + next + ",khach" + next + "@example.vn\r\n";
                next++;
                position = 0;
            }
            int count = Math.min(length, current.length() - position);
            current.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public void close() {
        }
    }
}
