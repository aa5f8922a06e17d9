package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.edubalance.dataimport.school.SchoolFiles.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.edubalance.dataimport.table.XlsxFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cell can hold what no school file holds: a number written out to a billion digits, a pasted document. Each is
 * refused at its place (file, sheet, row, column), its value shortened, quickly and without taking the heap.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OversizedCellTest {
    /** A figure in the valid file's row 3, replaced in the workbook's XML by the cell under test. */
    private static final double MARKER = 987654321;
    /** The marker's value as POI writes it into the sheet's XML. */
    private static final String MARKER_XML = "<v>9.87654321E8</v>";

    private final SchoolImporter importer = new SchoolImporter();

    @TempDir
    Path dir;

    @Test
    void aNumberCellBeyondTheRangeOfNumbersIsLocatedNotWrittenOut() throws IOException {
        Path file = workbookWithCell("exponent.xlsx", "<v>1E999999999</v>");

        ImportIssue issue = theOnlyError(file);

        assertThat(issue)
                .extracting(
                        ImportIssue::file,
                        ImportIssue::sheet,
                        ImportIssue::row,
                        ImportIssue::column,
                        ImportIssue::value,
                        ImportIssue::code)
                .containsExactly("exponent.xlsx", "学校", 3L, "primary_students", "1E999999999", ImportIssueCode.IMP_005);
        assertThat(issue.message()).contains("beyond the range");
    }

    @Test
    void aNumberCellOfTenMillionDigitsIsLocatedAndShortened() throws IOException {
        Path file = workbookWithCell("digits.xlsx", "<v>" + "7".repeat(10_000_000) + "</v>");

        ImportIssue issue = theOnlyError(file);

        // Found before the workbook reader parses the sheet (it would take hours over the digits): by the cell's
        // reference, N3, as no header is known yet.
        assertThat(issue.sheet()).isEqualTo("学校");
        assertThat(issue.row()).isEqualTo(3);
        assertThat(issue.column()).isEqualTo("N");
        assertThat(issue.code()).isEqualTo(ImportIssueCode.IMP_005);
        assertThat(issue.value()).startsWith("7777").hasSizeLessThan(120);
        assertThat(issue.format()).hasSizeLessThan(500);
    }

    @Test
    void aSharedStringOfMegabytesIsLocatedAndShortened() throws IOException {
        List<List<String>> rows = SchoolFiles.rows(resource("schools-valid.csv"));
        rows.get(3).set(SchoolColumn.SCHOOL_NAME.ordinal(), "NAME-TO-GROW");
        List<List<?>> sheet = new ArrayList<>(rows);
        // POI refuses to write a cell over Excel's limit; the shared string is grown in the file's XML.
        Path file = XlsxFixtures.editEntry(
                XlsxFixtures.write(dir.resolve("long-name.xlsx"), "学校", sheet), "xl/sharedStrings.xml", xml -> {
                    assertThat(xml).contains(">NAME-TO-GROW<");
                    return xml.replace(">NAME-TO-GROW<", ">" + "学".repeat(3 << 20) + "<");
                });

        ImportIssue issue = theOnlyError(file);

        assertThat(issue)
                .extracting(ImportIssue::sheet, ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly("学校", 4L, "school_name", ImportIssueCode.IMP_005);
        assertThat(issue.value()).startsWith("学学学").hasSizeLessThan(120);
        assertThat(issue.message()).contains("32767 characters");
    }

    @Test
    void aCsvCellOfMegabytesIsLocatedAndShortened() throws IOException {
        List<List<String>> rows = SchoolFiles.rows(resource("schools-valid.csv"));
        rows.get(4).set(SchoolColumn.SCHOOL_NAME.ordinal(), "a \"quoted\" name, long\n".repeat(200_000));
        Path file = csv("long-name.csv", rows);

        ImportIssue issue = theOnlyError(file);

        assertThat(issue)
                .extracting(
                        ImportIssue::file, ImportIssue::sheet, ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly("long-name.csv", null, 5L, "school_name", ImportIssueCode.IMP_005);
        assertThat(issue.value()).startsWith("a \"quoted\" name").hasSizeLessThan(120);
    }

    @Test
    void aCsvNumberOfTenMillionDigitsIsLocated() throws IOException {
        List<List<String>> rows = SchoolFiles.rows(resource("schools-valid.csv"));
        rows.get(2).set(SchoolColumn.PRIMARY_STUDENTS.ordinal(), "9".repeat(10_000_000));
        Path file = csv("digits.csv", rows);

        ImportIssue issue = theOnlyError(file);

        assertThat(issue)
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(3L, "primary_students", ImportIssueCode.IMP_005);
        assertThat(issue.value()).startsWith("9999").hasSizeLessThan(120);
    }

    @Test
    void aCsvNumberWithAHugeExponentIsNotANumber() throws IOException {
        List<List<String>> rows = SchoolFiles.rows(resource("schools-valid.csv"));
        rows.get(2).set(SchoolColumn.PRIMARY_STUDENTS.ordinal(), "1E999999999");
        Path file = csv("exponent.csv", rows);

        ImportIssue issue = theOnlyError(file);

        // CSV cells are text; the number rule refuses it at its place, and nothing is ever written out in full.
        assertThat(issue)
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(3L, "primary_students", "1E999999999", ImportIssueCode.IMP_030);
    }

    @Test
    void aCsvRowOfMoreCellsThanASheetHasIsLocated() throws IOException {
        Path file = dir.resolve("commas.csv");
        List<String> lines = Files.readAllLines(resource("schools-valid.csv"), StandardCharsets.UTF_8);
        lines.set(5, lines.get(5) + ",".repeat(2_000_000));
        Files.write(file, lines, StandardCharsets.UTF_8);

        ImportIssue issue = theOnlyError(file);

        assertThat(issue.row()).isEqualTo(6);
        assertThat(issue.code()).isEqualTo(ImportIssueCode.IMP_005);
        assertThat(issue.message()).contains("16384 cells");
    }

    private ImportIssue theOnlyError(Path file) {
        var rejected = catchThrowableOfType(ImportRejectedException.class, () -> importer.importFile(file));
        assertThat(rejected).as("rejected").isNotNull();
        assertThat(rejected.report().errors()).hasSize(1);
        return rejected.report().errors().getFirst();
    }

    /** The valid school file as a workbook whose row 3 {@code primary_students} cell is {@code cellXml}. */
    private Path workbookWithCell(String name, String cellXml) throws IOException {
        List<List<String>> rows = SchoolFiles.rows(resource("schools-valid.csv"));
        List<List<?>> sheet = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> cells = new ArrayList<>(rows.get(r));
            if (r == 2) {
                cells.set(SchoolColumn.PRIMARY_STUDENTS.ordinal(), MARKER);
            }
            sheet.add(cells);
        }
        Path file = XlsxFixtures.write(dir.resolve(name), "学校", sheet);
        return XlsxFixtures.editEntry(file, "xl/worksheets/sheet1.xml", xml -> {
            assertThat(xml).contains(MARKER_XML);
            return xml.replace(MARKER_XML, cellXml);
        });
    }

    private Path csv(String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (var writer = CsvTableWriter.create(file)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return file;
    }
}
