package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The duplicate rule's keys: packed where the cells are plain digits, text otherwise, the same rule either way. */
class RowKeysTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"2025, 3710020001", "2025, 0000000001", "1990, 7", "2100, 9999999999999", "9999, 0"})
    void aPackedKeyGivesBackItsCells(String year, String code) {
        long key = RowKeys.pack(year, code);

        assertThat(key).isNotNegative();
        assertThat(RowKeys.year(key)).isEqualTo(year);
        assertThat(RowKeys.code(key)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2025, 37100200A1", // a local id with a letter
        "2025, 10000000000000", // fourteen digits
        "02025, 3710020001", // a year written with a leading zero is another text than 2025
        "0202, 3710020001",
        "202, 3710020001",
        "2025.0, 3710020001",
        "2025, ' 3710020001'"
    })
    void cellsThatAreNotPlainDigitsStayText(String year, String code) {
        assertThat(RowKeys.pack(year, code)).isEqualTo(RowKeys.TEXT);
    }

    @Test
    void codesThatDifferOnlyInLeadingZerosAreDifferentKeys() {
        assertThat(RowKeys.pack("2025", "001")).isNotEqualTo(RowKeys.pack("2025", "01"));
        assertThat(RowKeys.pack("2025", "001")).isNotEqualTo(RowKeys.pack("2026", "001"));
    }

    @Test
    void duplicatesOfPackedAndTextKeysAreReportedInFileOrderWithTheirFirstRow() {
        var keys = new RowKeys();
        keys.add(2, "2025", "3710020001");
        keys.add(3, "2025", "L-7");
        keys.add(4, "2025", "03710020001"); // another code: a leading zero
        keys.add(5, "", "");
        keys.add(6, "2025", "L-7");
        keys.add(7, "2025", "3710020001");
        keys.add(8, "2026", "3710020001"); // another year
        keys.add(9, "2025", "3710020001");
        var moved = new RowKeys();
        moved.addAll(keys, 100);
        var header = HeaderMapping.read(
                Arrays.stream(SchoolColumn.values()).map(SchoolColumn::id).toList(),
                SchoolColumn.class,
                new ImportSource("f.csv", null),
                ImportReport.builder(100));
        var issues = ImportReport.builder(100);

        new CrossRowChecks(ImportSource.of(Path.of("f.csv")), header, issues).checkDuplicates(moved);

        List<ImportIssue> errors = issues.build().errors();
        assertThat(errors)
                .extracting(ImportIssue::row, ImportIssue::value, ImportIssue::code)
                .containsExactly(
                        tuple(102L, "3710020001", ImportIssueCode.IMP_050),
                        tuple(103L, "L-7", ImportIssueCode.IMP_050),
                        tuple(106L, "L-7", ImportIssueCode.IMP_050),
                        tuple(107L, "3710020001", ImportIssueCode.IMP_050),
                        tuple(109L, "3710020001", ImportIssueCode.IMP_050));
        assertThat(errors.get(0).message()).contains("appears again on row 107");
        assertThat(errors.get(4).message()).contains("of year 2025 already appears on row 102");
    }
}
