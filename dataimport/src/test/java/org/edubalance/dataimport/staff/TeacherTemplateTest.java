package org.edubalance.dataimport.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.staff.Subject;
import org.edubalance.core.staff.Teacher;
import org.edubalance.dataimport.table.CsvTableReader;
import org.edubalance.dataimport.table.TableRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeacherTemplateTest {
    private static final List<SchoolYear> SCHOOLS =
            new DemoDataGenerator(7).generate(DemoScale.COUNTY, 2025).schools();
    private static final List<Teacher> ROSTER = new TeacherRosterGenerator(7).roster(SCHOOLS);
    /** Columns a bureau types as numbers in Excel; codes and ids stay text (leading zeros). */
    private static final Set<TeacherColumn> NUMBERS = Set.of(
            TeacherColumn.YEAR,
            TeacherColumn.YEARS_AT_SCHOOL,
            TeacherColumn.BIRTH_YEAR,
            TeacherColumn.HOME_LATITUDE,
            TeacherColumn.HOME_LONGITUDE);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void aFilledInTemplateImportsAsTheSameRoster(String language) throws IOException {
        Path csv = dir.resolve("teachers.csv");
        new TeacherCsvWriter().write(ROSTER, csv);
        List<List<String>> rows = new ArrayList<>();
        try (var reader = CsvTableReader.open(csv)) {
            for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
                rows.add(new ArrayList<>(row.cells()));
            }
        }
        // The CSV's header is the template's column order, so cell c of a row goes to column c of the sheet.
        assertThat(rows.getFirst())
                .containsExactly(java.util.Arrays.stream(TeacherColumn.values())
                        .map(TeacherColumn::id)
                        .toArray(String[]::new));
        Path filled = dir.resolve("filled-" + language + ".xlsx");
        try (InputStream in = Files.newInputStream(template(language));
                var workbook = new XSSFWorkbook(in)) {
            Sheet data = workbook.getSheetAt(0);
            for (int r = 1; r < rows.size(); r++) {
                Row row = data.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (NUMBERS.contains(TeacherColumn.values()[c])) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }

        TeacherImport imported = new TeacherImporter().importFile(filled, SCHOOLS);

        assertThat(imported.report().issues()).isEmpty();
        assertThat(imported.teachers()).isEqualTo(ROSTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void enumeratedColumnsOfferDropDownsInTheTemplatesLanguage(String language) throws IOException {
        boolean zh = language.equals("zh");
        try (InputStream in = Files.newInputStream(template(language));
                var workbook = new XSSFWorkbook(in)) {
            Sheet data = workbook.getSheetAt(0);
            DataValidation subjects = data.getDataValidations().stream()
                    .filter(v ->
                            v.getRegions().getCellRangeAddress(0).getFirstColumn() == TeacherColumn.SUBJECT.ordinal())
                    .findFirst()
                    .orElseThrow();
            assertThat(subjects.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(subjects.getValidationConstraint().getExplicitListValues())
                    .contains(zh ? Subject.MATH.chineseName() : "MATH")
                    .hasSize(Subject.values().length);
            assertThat(data.getRow(0)
                            .getCell(TeacherColumn.TEACHER_ID.ordinal())
                            .getStringCellValue())
                    .isEqualTo(zh ? "教师编号" : "teacher_id");
            assertThat(workbook.getSheetName(0)).isEqualTo(zh ? "教师名册" : "teachers");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(TeacherColumn.values().length);
        }
    }

    private Path template(String language) throws IOException {
        Path file = dir.resolve("template-" + language + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            TeacherTemplate.write(Locale.forLanguageTag(language), out);
        }
        return file;
    }
}
