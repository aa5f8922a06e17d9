package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.dataimport.school.SchoolFiles.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.core.school.SchoolType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolTemplateTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void anEmptyTemplateImportsAsNoSchoolsWithoutAnyIssue(String language) throws IOException {
        Path template = template(language);

        SchoolImport imported = new SchoolImporter().importFile(template);

        assertThat(imported.schools()).isEmpty();
        assertThat(imported.report().issues()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void aFilledInTemplateImportsLikeTheSameRowsInCsv(String language) throws IOException {
        Path csv = resource("schools-valid.csv");
        List<List<String>> rows = SchoolFiles.rows(csv);
        Path filled = dir.resolve("filled-" + language + ".xlsx");
        try (InputStream in = Files.newInputStream(template(language));
                var workbook = new XSSFWorkbook(in)) {
            Sheet data = workbook.getSheetAt(0);
            for (int r = 1; r < rows.size(); r++) {
                Row row = data.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    boolean number = value.matches("-?\\d+(\\.\\d+)?")
                            && c != SchoolColumn.SCHOOL_CODE.ordinal()
                            && c != SchoolColumn.COUNTY_CODE.ordinal();
                    if (number) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }

        assertThat(new SchoolImporter().importFile(filled).schools())
                .isEqualTo(new SchoolImporter().importFile(csv).schools());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void enumeratedColumnsOfferDropDownsAndFiguresAreCheckedAsTyped(String language) throws IOException {
        boolean zh = language.equals("zh");
        try (InputStream in = Files.newInputStream(template(language));
                var workbook = new XSSFWorkbook(in)) {
            Sheet data = workbook.getSheetAt(0);
            List<? extends DataValidation> checks = data.getDataValidations();
            DataValidation types = checks.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()
                            == SchoolColumn.SCHOOL_TYPE.ordinal())
                    .findFirst()
                    .orElseThrow();
            assertThat(types.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(types.getValidationConstraint().getExplicitListValues())
                    .contains(zh ? SchoolType.NINE_YEAR.chineseName() : "NINE_YEAR")
                    .hasSize(SchoolType.values().length);
            assertThat(checks)
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getValidationType())
                            .isEqualTo(ValidationType.INTEGER));
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo(zh ? "学年" : "year");
            Sheet notes = workbook.getSheetAt(1);
            assertThat(notes.getLastRowNum()).isEqualTo(SchoolColumn.values().length);
            assertThat(notes.getRow(1).getCell(1).getStringCellValue()).isEqualTo(zh ? "year" : "学年");
        }
    }

    private Path template(String language) throws IOException {
        Path file = dir.resolve("template-" + language + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            SchoolTemplate.write(Locale.forLanguageTag(language), out);
        }
        return file;
    }
}
