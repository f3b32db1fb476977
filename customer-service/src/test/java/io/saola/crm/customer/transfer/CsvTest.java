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
    void neutralisesEveryTextCellThatStartsLikeAFormula() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd",
                "+84912345678", "-5")) {
            assertThat(CsvWriter.field(formula).replaceFirst("^\"", "")).as(formula).startsWith("'" + formula.charAt(0));
        }
        assertThat(CsvWriter.field("Công ty 1+1")).isEqualTo("Công ty 1+1");
        assertThat(CsvWriter.field("'quoted")).isEqualTo("'quoted");
    }

    @Test
    void writesNumbersAsNumbers() {
        assertThat(CsvWriter.field(new java.math.BigDecimal("-1500000"))).isEqualTo("-1500000");
        assertThat(CsvWriter.field(new java.math.BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvWriter.field(-7L)).isEqualTo("-7");
    }

    @Test
    void readsBackWhatItWroteWithTheNeutralisationTakenOff() {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out);
        writer.row(Arrays.asList("Nguyễn, Văn A", "=HYPERLINK(\"x\")", "+84912345678", "-5", null, "dòng\nhai",
                "'kept"));

        assertThat(out.toString()).contains("'=HYPERLINK", "'+84912345678", "'-5");
        assertThat(readAll(out.toString())).containsExactly(List.of("Nguyễn, Văn A", "=HYPERLINK(\"x\")",
                "+84912345678", "-5", "", "dòng\nhai", "'kept"));
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
