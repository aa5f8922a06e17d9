package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.edubalance.dataimport.school.SchoolFiles.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One broken file per rule of docs/data-formats.md §1 (in {@code src/test/resources/dataimport/invalid/}), each differing
 * from a valid three-row file (a primary school, a nine-year school, a teaching point) in one place.
 */
class SchoolValidationTest {

    private final SchoolImporter importer = new SchoolImporter();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            imp-001-required-column-missing.csv           | 1 | county_code               | NULL     | IMP_001
            imp-002-column-given-twice.csv                | 1 | 学年                      | 学年     | IMP_002
            imp-003-schools.txt                           | 0 | NULL                      | NULL     | IMP_003
            imp-004-empty.csv                             | 0 | NULL                      | NULL     | IMP_004
            imp-004-unclosed-quote.csv                    | 0 | NULL                      | NULL     | IMP_004
            imp-010-required-value-blank.csv              | 3 | school_name               | ''       | IMP_010
            imp-011-county-code-malformed.csv             | 4 | county_code               | 37100    | IMP_011
            imp-012-school-code-blank.csv                 | 2 | school_code               | '  '     | IMP_012
            imp-013-year-implausible.csv                  | 3 | year                      | 2025-26  | IMP_013
            imp-020-unknown-value.csv                     | 2 | school_type               | 高中     | IMP_020
            imp-030-not-a-number.csv                      | 2 | primary_teachers          | 九十八   | IMP_030
            imp-031-not-a-whole-number.csv                | 3 | junior_students           | 410.5    | IMP_031
            imp-032-negative-number.csv                   | 4 | books                     | -2200    | IMP_032
            imp-033-segment-figure-blank.csv              | 3 | junior_classes            | ''       | IMP_033
            imp-040-subset-exceeds-whole.csv              | 2 | primary_backbone_teachers | 120      | IMP_040
            imp-040-indoor-area-exceeds-teaching-area.csv | 4 | indoor_sports_area_m2     | 500      | IMP_040
            imp-041-students-without-teachers.csv         | 4 | primary_teachers          | 0        | IMP_041
            imp-042-type-disagrees-with-segments.csv      | 2 | junior_students           | 35       | IMP_042
            imp-043-coordinate-out-of-range.csv           | 2 | latitude                  | 122.1204 | IMP_043
            """)
    void rejectsTheFileWithExactlyTheBrokenRule(
            String file, long row, String column, String value, ImportIssueCode code) {
        var rejected = catchThrowableOfType(
                ImportRejectedException.class, () -> importer.importFile(resource("invalid/" + file)));

        assertThat(rejected.report().errors()).singleElement().satisfies(issue -> {
            assertThat(issue.file()).isEqualTo(file);
            assertThat(issue.sheet()).isNull();
            assertThat(issue.row()).isEqualTo(row);
            assertThat(issue.column()).isEqualTo(column);
            assertThat(issue.value()).isEqualTo(value);
            assertThat(issue.code()).isEqualTo(code);
            assertThat(issue.message()).contains("Maybe");
        });
    }

    @Test
    void reportsBothRowsOfADuplicateSchool() {
        ImportReport report = rejectedReport(resource("invalid/imp-050-duplicate-school-row.csv"));

        assertThat(report.errors())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(
                        tuple(2L, "school_code", "3710020001", ImportIssueCode.IMP_050),
                        tuple(5L, "school_code", "3710020001", ImportIssueCode.IMP_050));
        assertThat(report.errors().get(0).message()).contains("appears again on row 5");
        assertThat(report.errors().get(1).message()).contains("already appears on row 2");
    }

    @Test
    void reportsEachMissingSegmentColumnOnceNotPerRow() {
        ImportReport report = rejectedReport(resource("invalid/imp-001-segment-columns-missing.csv"));

        assertThat(report.errors())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(
                        tuple(1L, "junior_students", ImportIssueCode.IMP_001),
                        tuple(1L, "junior_classes", ImportIssueCode.IMP_001),
                        tuple(1L, "junior_teachers", ImportIssueCode.IMP_001),
                        tuple(1L, "junior_teachers_above_degree", ImportIssueCode.IMP_001),
                        tuple(1L, "junior_teachers_mid_senior_title", ImportIssueCode.IMP_001),
                        tuple(1L, "junior_backbone_teachers", ImportIssueCode.IMP_001),
                        tuple(1L, "junior_pe_arts_teachers", ImportIssueCode.IMP_001));
    }

    @Test
    void csvThatIsNotUtf8IsRejectedWithAHint() throws IOException {
        String utf8 = Files.readString(resource("schools-valid.csv"));
        Path gbk = Files.write(dir.resolve("gbk.csv"), utf8.getBytes("GBK"));

        ImportReport report = rejectedReport(gbk);

        assertThat(report.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ImportIssueCode.IMP_004);
            assertThat(issue.message()).contains("not UTF-8").contains("CSV UTF-8");
        });
    }

    @Test
    void errorsInAnXlsxNameTheSheetAndTheChineseHeader() throws IOException {
        Path xlsx = SchoolFiles.toChineseXlsx(resource("invalid/imp-030-not-a-number.csv"), dir.resolve("学校.xlsx"));

        ImportReport report = rejectedReport(xlsx);

        assertThat(report.errors())
                .singleElement()
                .satisfies(issue -> assertThat(issue.format())
                        .startsWith("学校.xlsx:学校基本情况:2:小学部专任教师数 value='九十八' IMP-030 Not a number: '九十八' is"
                                + " not a number."));
    }

    @Test
    void swappedCoordinatesGetAHint() {
        ImportReport report = rejectedReport(resource("invalid/imp-043-coordinate-out-of-range.csv"));

        assertThat(report.errors().getFirst().message()).contains("Maybe latitude and longitude are swapped");
    }

    @Test
    void yearWrittenAsASpanSuggestsTheStartingYear() {
        ImportReport report = rejectedReport(resource("invalid/imp-013-year-implausible.csv"));

        assertThat(report.errors().getFirst().message())
                .contains("Maybe write the starting year alone: 2025 for the school year 2025–2026.");
    }

    private ImportReport rejectedReport(Path file) {
        return catchThrowableOfType(ImportRejectedException.class, () -> importer.importFile(file))
                .report();
    }
}
