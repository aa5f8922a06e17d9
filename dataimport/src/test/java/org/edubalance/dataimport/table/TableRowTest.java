package org.edubalance.dataimport.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TableRowTest {

    private static TableRow csvRow(String line) throws IOException {
        try (CsvTableReader reader = CsvTableReader.of(new StringReader(line + "\n"), "t.csv")) {
            return reader.nextRow();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void plainNumbersEqualParseDoubleBitForBit(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            long whole = random.nextLong(1_000_000_000L);
            int decimals = random.nextInt(6);
            String text = decimals == 0
                    ? Long.toString(whole)
                    : whole + "."
                            + String.format("%0" + decimals + "d", random.nextLong((long) Math.pow(10, decimals)));
            TableRow row = csvRow("x," + text);
            assertThat(row.plainNumber(1)).as(text).isEqualTo(Double.parseDouble(text));
            assertThat(row.cell(1)).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"-5", "1e3", "' 12'", "1,200", "12.5.1", "''", "abc", "1234567890123456"})
    void anythingButAPlainNumberIsLeftToTheCheckedPath(String cell) throws IOException {
        TableRow row = csvRow("\"" + cell + "\"");
        assertThat(row.plainNumber(0)).isNaN();
    }

    @ParameterizedTest
    @CsvSource({"'12.', 12", "'.5', 0.5", "'007', 7", "'0.10', 0.1"})
    void edgeFormsMatchParseDouble(String cell, double expected) throws IOException {
        assertThat(csvRow(cell).plainNumber(0)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {",,", " , ", ""})
    void rowsOfEmptyOrSpaceCellsAreBlank(String line) throws IOException {
        assertThat(csvRow(line).isBlank()).isTrue();
    }
}
