package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberCellTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "42, 42",
        "007, 7",
        "-3.5, -3.5",
        "+2, 2",
        "12.0, 12",
        ".5, 0.5",
        "5., 5",
        "1.2E5, 120000",
        "1e-3, 0.001",
        "123456789012345678, 123456789012345678"
    })
    void parsesPlainDecimalNotation(String text, double expected) {
        assertThat(NumberCell.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "-",
                ".",
                "1,234",
                "12d",
                "0x10",
                "NaN",
                "Infinity",
                "1e",
                "1e999",
                "12 人",
                "１２",
                "1.2.3",
                "--1",
                "#DIV/0!"
            })
    void rejectsEverythingElse(String text) {
        assertThat(NumberCell.parse(text)).isNaN();
    }

    @ParameterizedTest
    @CsvSource({"420, 4200000", "175.0123, 1750123", "0.00001, 0.1", "61.05, 610500"})
    void scalesWanyuanExactly(String text, double yuan) {
        assertThat(NumberCell.parseWanyuan(text)).isEqualTo(yuan);
    }

    @ParameterizedTest
    @CsvSource({
        "12, 12",
        "12.5, 12.5",
        "0.30000000000000004, 0.30000000000000004",
        "1.0E7, 10000000",
        "1.2345678901E10, 12345678901",
        "-0.0, 0"
    })
    void formatsPlainly(double value, String text) {
        assertThat(NumberCell.format(value)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1,234   | Maybe remove the thousands separators.
            １２     | Maybe the digits are full-width
            120人   | Maybe remove the unit after the number.
            #VALUE! | Maybe a formula failed in Excel
            九十八   | Maybe type the figure in digits only
            """)
    void hintsAtTheLikelyCause(String text, String hint) {
        assertThat(NumberCell.hint(text)).contains(hint);
    }
}
