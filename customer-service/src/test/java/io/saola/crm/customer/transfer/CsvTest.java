package io.saola.crm.customer.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.saola.crm.customer.transfer.csv.CsvFormatException;
import io.saola.crm.customer.transfer.csv.CsvReader;
import io.saola.crm.customer.transfer.csv.CsvWriter;

class CsvTest {

    @Test
    void readsQuotedFieldsEscapedQuotesLineBreaksAndABom() {
        List<List<String>> records = readAll("\uFEFFname,note\r\n\"Nguyễn, Văn A\",\"nói \"\"chào\"\"\"\r\n"
                + "Đặng Thị B,\"hai\ndòng\"\nlast,");

        assertThat(records).containsExactly(List.of("name", "note"), List.of("Nguyễn, Văn A", "nói \"chào\""),
                List.of("Đặng Thị B", "hai\ndòng"), List.of("last", ""));
    }

    @Test
    void refusesAnUnclosedQuote() {
        CsvReader reader = new CsvReader(new StringReader("a\n\"never closed"));
        reader.next();

        assertThatThrownBy(reader::next).isInstanceOf(CsvFormatException.class).hasMessageContaining("line 2");
    }

    @Test
    void writesWhatItReadsAndDefusesFormulasButNotPhoneNumbers() {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        writer.row(Arrays.asList("Nguyễn, Văn A", "=HYPERLINK(\"x\")", "+84912345678", "-5", null, "dòng\nhai"));

        assertThat(readAll(out.toString())).containsExactly(List.of("Nguyễn, Văn A", "'=HYPERLINK(\"x\")",
                "+84912345678", "-5", "", "dòng\nhai"));
    }

    private static List<List<String>> readAll(String text) {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
