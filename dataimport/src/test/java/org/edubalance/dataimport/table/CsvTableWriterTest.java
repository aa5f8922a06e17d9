package org.edubalance.dataimport.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void quotesOnlyFieldsThatNeedIt() throws IOException {
        var out = new StringWriter();
        try (var writer = CsvTableWriter.of(out)) {
            writer.writeRow("plain", "a,b", "say \"hi\"", "two\nlines", " padded", "", "环翠区");
        }

        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",,环翠区\r\n");
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws IOException {
        List<List<String>> rows = List.of(
                List.of("year", "school_name", "note"),
                List.of("2025", "张村镇中心小学（含分校, 东区）", "\"quoted\"\r\nand more"),
                List.of("", " ", "x"));
        Path file = dir.resolve("round.csv");
        try (var writer = CsvTableWriter.create(file)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }

        try (var reader = CsvTableReader.open(file)) {
            for (List<String> row : rows) {
                assertThat(reader.nextRow().cells()).isEqualTo(row);
            }
            assertThat(reader.nextRow()).isNull();
        }
    }

    @Test
    void excelVariantStartsWithAByteOrderMarkThatTheReaderSkips() throws IOException {
        Path file = dir.resolve("excel.csv");
        try (var writer = CsvTableWriter.createForExcel(file)) {
            writer.writeRow("学年");
        }

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF学年\r\n");
        try (var reader = CsvTableReader.open(file)) {
            assertThat(reader.nextRow().cells()).containsExactly("学年");
        }
    }

    @Test
    void theSpreadsheetVariantNeutralisesTextThatExcelWouldRunAsAFormula() throws IOException {
        var out = new StringWriter();
        try (var writer = CsvTableWriter.forSpreadsheet(out)) {
            writer.writeRow("=HYPERLINK(\"http://x\",\"y\")", "+1 555", "-x", "@SUM(A1)", "\tx", "\rx", "A=B");
        }

        assertThat(out.toString())
                .isEqualTo(
                        "\uFEFF\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1 555,'-x,'@SUM(A1),'\tx,\"'\rx\",A=B\r\n");
    }

    @Test
    void theSpreadsheetVariantLeavesNumbersNumbers() throws IOException {
        var out = new StringWriter();
        try (var writer = CsvTableWriter.forSpreadsheet(out)) {
            writer.writeRow("-3.5", "-12", "+7", "-1.5E-4", "0", "", "-", "-3.5 m²", "--1");
        }

        assertThat(out.toString()).isEqualTo("\uFEFF-3.5,-12,+7,-1.5E-4,0,,'-,'-3.5 m²,'--1\r\n");
    }

    @Test
    void aCellThatBeginsWithAQuoteKeepsItInEveryVariant() throws IOException {
        List<String> row = List.of("'=x", "'", "'plain", "=y");
        for (boolean spreadsheet : new boolean[] {false, true}) {
            Path file = dir.resolve("quote-" + spreadsheet + ".csv");
            try (var writer = spreadsheet ? CsvTableWriter.createForExcel(file) : CsvTableWriter.create(file)) {
                writer.writeRow(row);
            }

            try (var reader = CsvTableReader.open(file)) {
                assertThat(reader.nextRow().cells()).isEqualTo(row);
            }
        }
    }

    @Test
    void aNeutralisedCellReadsBackAsWritten() throws IOException {
        List<String> row = List.of("=1+2", "-x", "@a", "\tpadded", "-4.25", "'quoted", "''=b");
        Path file = dir.resolve("neutral.csv");
        try (var writer = CsvTableWriter.createForExcel(file)) {
            writer.writeRow(row);
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFF'=1+2,'-x,'@a,");
        try (var reader = CsvTableReader.open(file)) {
            assertThat(reader.nextRow().cells()).isEqualTo(row);
        }
    }
}
