package org.edubalance.dataimport.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsPlainAndQuotedFields() throws IOException {
        List<TableRow> rows = read("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n");

        assertThat(rows)
                .extracting(TableRow::cells)
                .containsExactly(List.of("a", "b", "c"), List.of("1", "x, y", "say \"hi\""));
    }

    @Test
    void keepsLineBreaksInsideQuotesAndCountsTheRowOnce() throws IOException {
        List<TableRow> rows = read("h1,h2\n\"two\nlines\",x\nlast,y\n");

        assertThat(rows).extracting(TableRow::number).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(1).cell(0)).isEqualTo("two\nlines");
        assertThat(rows.get(2).cells()).containsExactly("last", "y");
    }

    @Test
    void acceptsCrLfLfAndCrLineEndings() throws IOException {
        List<TableRow> rows = read("a,b\r\n1,2\n3,4\r5,6");

        assertThat(rows)
                .extracting(TableRow::cells)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
    }

    @Test
    void skipsByteOrderMark() throws IOException {
        List<TableRow> rows = read("\uFEFFyear,county_code\n2025,371002\n");

        assertThat(rows.getFirst().cells()).containsExactly("year", "county_code");
    }

    @Test
    void blankLineIsABlankRowSoNumbersMatchTheSpreadsheet() throws IOException {
        List<TableRow> rows = read("a\n\nb\n");

        assertThat(rows).extracting(TableRow::number).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(1).isBlank()).isTrue();
        assertThat(rows.get(2).cell(0)).isEqualTo("b");
    }

    @Test
    void keepsTrailingEmptyFieldsAndReadsMissingCellsAsEmpty() throws IOException {
        List<TableRow> rows = read("a,b,\n,,");

        assertThat(rows.get(0).cells()).containsExactly("a", "b", "");
        assertThat(rows.get(1).cells()).containsExactly("", "", "");
        assertThat(rows.get(1).cell(10)).isEmpty();
    }

    @Test
    void keepsTextAfterAClosingQuoteAsSpreadsheetsDo() throws IOException {
        assertThat(read("\"ab\"c,d\n").getFirst().cells()).containsExactly("abc", "d");
    }

    @Test
    void readsFieldsAcrossTheBufferEndUpToTheLimitOfACell() throws IOException {
        String longField = "x".repeat(OversizedCellException.MAX_CELL_CHARS);
        String quoted = "\"" + "y\"\"".repeat(16_000) + "\"";
        String line = longField + "," + quoted + "\n";

        // Three lines of 80,000 characters: fields begin and end on both sides of the 64 K buffer's end.
        List<TableRow> rows = read(line + line + line + "end\n");

        assertThat(rows).hasSize(4);
        for (TableRow row : rows.subList(0, 3)) {
            assertThat(row.cell(0)).isEqualTo(longField);
            assertThat(row.cell(1)).isEqualTo("y\"".repeat(16_000));
        }
        assertThat(rows.get(3).cells()).containsExactly("end");
    }

    @Test
    void stopsAtACellLongerThanASpreadsheetCellAndSaysWhere() {
        String tooLong = "z".repeat(OversizedCellException.MAX_CELL_CHARS + 1);

        var unquoted = catchThrowableOfType(OversizedCellException.class, () -> read("a,b\n1," + tooLong + "\n"));
        var quoted =
                catchThrowableOfType(OversizedCellException.class, () -> read("a,b\n1,2\n\"" + tooLong + "\",3\n"));

        assertThat(unquoted)
                .extracting(OversizedCellException::row, OversizedCellException::column)
                .containsExactly(2L, "b");
        assertThat(unquoted.value()).startsWith("zzz").hasSizeLessThan(120);
        assertThat(quoted)
                .extracting(OversizedCellException::row, OversizedCellException::column)
                .containsExactly(3L, "a");
    }

    @Test
    void namesTheColumnByItsLettersWhenTheHeaderHasNone() {
        var refused = catchThrowableOfType(
                OversizedCellException.class,
                () -> read("a\n1,2," + "z".repeat(OversizedCellException.MAX_CELL_CHARS + 1) + "\n"));

        assertThat(refused.column()).isEqualTo("C");
        assertThat(OversizedCellException.columnLetters(26)).isEqualTo("AA");
        assertThat(OversizedCellException.columnLetters(16_383)).isEqualTo("XFD");
    }

    @Test
    void rejectsAQuoteNeverClosed() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n2,3\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("row 2")
                .extracting(e -> ((CsvFormatException) e).row())
                .isEqualTo(2L);
    }

    @Test
    void rejectsBytesThatAreNotUtf8() throws IOException {
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, "学校名称\n环翠区第一实验小学\n".getBytes("GBK"));

        assertThatThrownBy(() -> {
                    try (var reader = CsvTableReader.open(gbk)) {
                        while (reader.nextRow() != null) {
                            // read to the end
                        }
                    }
                })
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void rejectsAMalformedSequenceInACellNobodyReadsAsText() throws IOException {
        // An overlong '/' (C0 AF) in an unknown column: the reader checks every cell with bytes above ASCII itself.
        Path file = dir.resolve("overlong.csv");
        Files.write(file, new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xC0, (byte) 0xAF, '\n'});

        assertThatThrownBy(() -> {
                    try (var reader = CsvTableReader.open(file)) {
                        while (reader.nextRow() != null) {
                            // read to the end without asking for any cell
                        }
                    }
                })
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void aCellOfIdeographicSpacesIsBlankAndChineseTextIsNot() throws IOException {
        try (var reader = CsvTableReader.of(new StringReader("\u3000\u3000,示范县, \n"), "t.csv")) {
            TableRow row = reader.nextRow();

            assertThat(row.isBlank(0)).isTrue();
            assertThat(row.isBlank(1)).isFalse();
            assertThat(row.isBlank(2)).isTrue();
            assertThat(row.isBlank()).isFalse();
            assertThat(row.cell(1)).isEqualTo("示范县");
            assertThat(row.plainNumber(1)).isNaN();
        }
    }

    @Test
    void namesTheFileAndHasNoSheet() throws IOException {
        Path file = Files.writeString(dir.resolve("schools.csv"), "a\n");
        try (var reader = CsvTableReader.open(file)) {
            assertThat(reader.fileName()).isEqualTo("schools.csv");
            assertThat(reader.sheetName()).isNull();
        }
    }

    @Test
    void agreesWithCommonsCsvOnRandomTables() throws IOException {
        var random = new Random(20251125);
        for (int round = 0; round < 5; round++) {
            String text = randomCsv(random, 3_000);
            Path file = Files.writeString(dir.resolve("random" + round + ".csv"), text, StandardCharsets.UTF_8);

            List<List<String>> ours = new ArrayList<>();
            try (var reader = CsvTableReader.open(file)) {
                for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
                    ours.add(row.cells());
                }
            }
            List<List<String>> reference = new ArrayList<>();
            var format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
            try (var parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
                for (CSVRecord record : parser) {
                    reference.add(List.of(record.values()));
                }
            }

            assertThat(ours).isEqualTo(reference);
        }
    }

    @Test
    void chunksTogetherReadExactlyTheRowsOfTheWholeFileNumberedFromEachChunksStart() throws IOException {
        var random = new Random(7);
        // Quoted cells without line breaks, and quotes inside unquoted cells (which are text).
        String text = "\uFEFF\"h\"\"1\",h2\n5\" screen,x\r\n\"a,b\",c\nlast\"\",\"q\"tail\n\n\n"
                + randomCsv(random, 400, false);
        Path file = Files.writeString(dir.resolve("chunked.csv"), text);
        List<String> whole;
        try (var reader = CsvTableReader.open(file)) {
            whole = numberedRows(reader, 0);
        }
        for (int chunks : new int[] {2, 3, 7, 50}) {
            List<String> joined = new ArrayList<>();
            long rowsBefore = 0;
            for (CsvTableReader chunk : CsvTableReader.openChunks(file, chunks, 1)) {
                try (chunk) {
                    joined.addAll(numberedRows(chunk, rowsBefore));
                    rowsBefore += chunk.rowsRead();
                }
            }
            assertThat(joined).as("%d chunks", chunks).isEqualTo(whole);
        }
    }

    @Test
    void aChunkEndingInsideAQuotedLineBreakRaisesAnErrorSoTheCallerReadsTheFileWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("quoted.csv"), "h1,h2\n\"first line\nsecond line\",x\n");
        List<CsvTableReader> chunks = CsvTableReader.openChunks(file, 2, 1);

        assertThat(chunks).hasSize(2);
        assertThatThrownBy(() -> numberedRows(chunks.getFirst(), 0)).isInstanceOf(CsvFormatException.class);
        chunks.forEach(c -> {
            try {
                c.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void splitsOnlyIntoChunksOfTheMinimumSize() throws IOException {
        Path file = Files.writeString(dir.resolve("small.csv"), "a,b\n1,2\n3,4\n");

        assertThat(CsvTableReader.openChunks(file, 4, 1 << 20)).hasSize(1);
        assertThat(CsvTableReader.openChunks(file, 4, 1)).hasSize(3);
    }

    @Test
    void aCellThatRepeatsTheRowBeforeGetsTheSameStringBack() throws IOException {
        try (var reader = CsvTableReader.of(new StringReader("示范县,1\n示范县,2\n其他县,3\n"), "t.csv")) {
            String first = reader.nextRow().cell(0);
            TableRow second = reader.nextRow();
            assertThat(second.cell(0)).isSameAs(first);
            assertThat(second.cell(1)).isEqualTo("2");
            assertThat(reader.nextRow().cell(0)).isEqualTo("其他县");
        }
    }

    private static String randomCsv(Random random, int rows) {
        return randomCsv(random, rows, true);
    }

    private static String randomCsv(Random random, int rows, boolean lineBreaksInCells) {
        String[] pieces = lineBreaksInCells
                ? new String[] {"a", "环翠", "12.5", " ", "\"", ",", "\n", "\r\n", "x y", "", "0"}
                : new String[] {"a", "环翠", "12.5", " ", "\"", ",", "x y", "", "0"};
        var text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            int cells = 1 + random.nextInt(8);
            for (int c = 0; c < cells; c++) {
                if (c > 0) {
                    text.append(',');
                }
                var cell = new StringBuilder();
                for (int p = random.nextInt(6); p > 0; p--) {
                    cell.append(pieces[random.nextInt(pieces.length)]);
                }
                String value = cell.toString();
                boolean quote = value.contains(",")
                        || value.contains("\"")
                        || value.contains("\n")
                        || value.contains("\r")
                        || random.nextInt(5) == 0;
                text.append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            text.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return text.toString();
    }

    private static List<TableRow> read(String csv) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (var reader = CsvTableReader.of(new StringReader(csv), "test.csv")) {
            for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
                // The reader refills one cursor row, so keep a copy of each.
                rows.add(TableRow.of(row.number(), row.cells()));
            }
        }
        return rows;
    }

    private static List<String> numberedRows(TableReader reader, long rowsBefore) throws IOException {
        List<String> rows = new ArrayList<>();
        for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
            rows.add(rowsBefore + row.number() + ":" + row.cells());
        }
        return rows;
    }
}
