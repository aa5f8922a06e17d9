package org.edubalance.dataimport.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.dataimport.table.XlsxFixtures.Formula;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTextCellsAsWrittenAndNamesTheSheet() throws IOException {
        Path file = XlsxFixtures.write(
                dir.resolve("schools.xlsx"), "学校", List.of(List.of("学年", "学校名称"), List.of("2025", "环翠区第一实验小学")));

        try (var reader = XlsxTableReader.open(file)) {
            assertThat(reader.fileName()).isEqualTo("schools.xlsx");
            assertThat(reader.sheetName()).isEqualTo("学校");
            assertThat(rows(reader))
                    .extracting(TableRow::cells)
                    .containsExactly(List.of("学年", "学校名称"), List.of("2025", "环翠区第一实验小学"));
        }
    }

    @Test
    void writesNumbersPlainWithoutExponentOrTrailingZeros() throws IOException {
        Path file = XlsxFixtures.write(
                dir.resolve("numbers.xlsx"),
                "s",
                List.of(List.of(12.0, 12.5, 1.5E7, 3710020001.0, 0.0, -3.25, 1.0E-4, 123456789.123)));

        try (var reader = XlsxTableReader.open(file)) {
            assertThat(reader.nextRow().cells())
                    .containsExactly("12", "12.5", "15000000", "3710020001", "0", "-3.25", "0.0001", "123456789.123");
        }
    }

    @Test
    void showsFormulaResultsAsExcelDoes() throws IOException {
        Path file = XlsxFixtures.write(
                dir.resolve("formula.xlsx"),
                "s",
                List.of(List.of(
                        new Formula("0.1+0.2"), new Formula("10/4"), new Formula("\"a\"&\"b\""), new Formula("1/0"))));

        try (var reader = XlsxTableReader.open(file)) {
            assertThat(reader.nextRow().cells()).containsExactly("0.3", "2.5", "ab", "#DIV/0!");
        }
    }

    @Test
    void readsBooleansAndLeavesGapsEmpty() throws IOException {
        Path file = XlsxFixtures.write(
                dir.resolve("gaps.xlsx"), "s", List.of(Arrays.asList("a", null, "c"), Arrays.asList(true, false)));

        try (var reader = XlsxTableReader.open(file)) {
            assertThat(reader.nextRow().cells()).containsExactly("a", "", "c");
            assertThat(reader.nextRow().cells()).containsExactly("TRUE", "FALSE");
            assertThat(reader.nextRow()).isNull();
        }
    }

    @Test
    void keepsTheSheetsRowNumbersAcrossEmptyRows() throws IOException {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("header"));
        rows.add(List.of());
        rows.add(List.of("third"));
        Path file = XlsxFixtures.write(dir.resolve("skip.xlsx"), "s", rows);

        try (var reader = XlsxTableReader.open(file)) {
            assertThat(rows(reader))
                    .filteredOn(row -> !row.isBlank())
                    .extracting(TableRow::number)
                    .containsExactly(1L, 3L);
        }
    }

    @Test
    void readsTheFirstSheetOnly() throws IOException {
        Map<String, List<? extends List<?>>> sheets = new LinkedHashMap<>();
        sheets.put("学校数据", List.of(List.of("first")));
        sheets.put("说明", List.of(List.of("second")));
        Path file = XlsxFixtures.write(dir.resolve("two.xlsx"), sheets);

        try (var reader = XlsxTableReader.open(file)) {
            assertThat(reader.sheetName()).isEqualTo("学校数据");
            assertThat(rows(reader)).extracting(TableRow::cells).containsExactly(List.of("first"));
        }
    }

    @Test
    void rejectsAFileThatIsNotAWorkbook() throws IOException {
        Path file = Files.writeString(dir.resolve("fake.xlsx"), "year,county_code\n");

        assertThatThrownBy(() -> XlsxTableReader.open(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("'fake.xlsx' is not a readable .xlsx workbook");
    }

    @Test
    void plainNumberRoundsToFifteenSignificantDigits() {
        assertThat(XlsxTableReader.plainNumber("0.30000000000000004")).isEqualTo("0.3");
        assertThat(XlsxTableReader.plainNumber("1.0E7")).isEqualTo("10000000");
        assertThat(XlsxTableReader.plainNumber("42")).isEqualTo("42");
        assertThat(XlsxTableReader.plainNumber("2.50")).isEqualTo("2.5");
        assertThat(XlsxTableReader.plainNumber("1850.0")).isEqualTo("1850");
        assertThat(XlsxTableReader.plainNumber("-0.0")).isEqualTo("0");
        assertThat(XlsxTableReader.plainNumber(".5")).isEqualTo("0.5");
        assertThat(XlsxTableReader.plainNumber("-.5")).isEqualTo("-0.5");
        assertThat(XlsxTableReader.plainNumber("007")).isEqualTo("7");
        assertThat(XlsxTableReader.plainNumber("0.25")).isEqualTo("0.25");
        assertThat(XlsxTableReader.plainNumber("1234567890123456")).isEqualTo("1234567890123460");
    }

    private static List<TableRow> rows(TableReader reader) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
            rows.add(row);
        }
        return rows;
    }
}
