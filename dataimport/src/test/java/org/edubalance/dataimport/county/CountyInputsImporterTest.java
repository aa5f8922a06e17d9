package org.edubalance.dataimport.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.region.RegionCode;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.table.XlsxFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountyInputsImporterTest {
    private static final RegionCode HUANCUI = new RegionCode("371002");

    private final CountyInputsImporter importer = new CountyInputsImporter();

    @TempDir
    Path dir;

    @Test
    void groupsInputsByCountyAndYearInCodeOrder() {
        CountyInputsImport imported = importer.importFile(resource("county-inputs-valid.csv"));

        assertThat(imported.report().issues()).isEmpty();
        assertThat(imported.inputs())
                .extracting(CountyInputs::county, CountyInputs::year)
                .containsExactly(tuple(HUANCUI, 2024), tuple(HUANCUI, 2025), tuple(new RegionCode("371003"), 2025));
        CountyInputs huancui2025 = imported.inputs().get(1);
        assertThat(huancui2025.inputByName())
                .containsOnlyKeys(
                        "teacher_avg_pay_yuan",
                        "civil_servant_avg_pay_yuan",
                        "satisfaction_rate",
                        "free_nearby_enrolment");
        assertThat(huancui2025.input("satisfaction_rate"))
                .contains(new CountyInput("satisfaction_rate", "0.92", "县级满意度调查, 2025-11"));
        assertThat(huancui2025.input("free_nearby_enrolment").orElseThrow().source())
                .isNull();
        assertThat(huancui2025.input("free_nearby_enrolment").orElseThrow().flag())
                .isTrue();
    }

    @Test
    void readsAnXlsxWithChineseHeaders() throws IOException {
        Path xlsx = XlsxFixtures.write(
                dir.resolve("县级指标.xlsx"),
                "指标",
                List.of(
                        List.of("县级行政区划代码", "学年", "指标", "值", "来源"),
                        List.of(371002.0, 2025.0, "teacher_avg_pay_yuan", 128000.0, "威海市统计局"),
                        List.of(371002.0, 2025.0, "satisfaction_rate", 0.92)));

        CountyInputsImport imported = importer.importFile(xlsx);

        assertThat(imported.inputs()).singleElement().satisfies(county -> {
            assertThat(county.county()).isEqualTo(HUANCUI);
            assertThat(county.inputByName())
                    .isEqualTo(Map.of(
                            "teacher_avg_pay_yuan", new CountyInput("teacher_avg_pay_yuan", "128000", "威海市统计局"),
                            "satisfaction_rate", new CountyInput("satisfaction_rate", "0.92", null)));
        });
    }

    @Test
    void reportsBothRowsOfADuplicateInput() {
        ImportReport report = rejected(resource("invalid/county-inputs-duplicate.csv"));

        assertThat(report.errors())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(
                        tuple(4L, "input", "satisfaction_rate", ImportIssueCode.IMP_051),
                        tuple(8L, "input", "satisfaction_rate", ImportIssueCode.IMP_051));
    }

    @Test
    void collectsEveryRowError() {
        ImportReport report = rejected(resource("invalid/county-inputs-errors.csv"));

        assertThat(report.errors())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value, ImportIssue::code)
                .containsExactly(
                        tuple(3L, "county_code", "威海", ImportIssueCode.IMP_011),
                        tuple(4L, "value", "", ImportIssueCode.IMP_010),
                        tuple(5L, "input", "free nearby", ImportIssueCode.IMP_014),
                        tuple(6L, "year", "25", ImportIssueCode.IMP_013));
    }

    @Test
    void requiresItsColumns() {
        ImportReport report = rejected(resource("schools-valid.csv"));

        assertThat(report.errors())
                .extracting(ImportIssue::column, ImportIssue::code)
                .containsExactly(tuple("input", ImportIssueCode.IMP_001), tuple("value", ImportIssueCode.IMP_001));
    }

    @Test
    void writtenFileImportsBackEqual() throws IOException {
        List<CountyInputs> inputs =
                importer.importFile(resource("county-inputs-valid.csv")).inputs();
        Path file = dir.resolve("county-inputs.csv");

        new CountyInputsCsvWriter().write(inputs, file);

        assertThat(importer.importFile(file).inputs()).isEqualTo(inputs);
    }

    @Test
    void rejectsOtherFileTypes() {
        ImportReport report = rejected(dir.resolve("inputs.json"));

        assertThat(report.errors()).extracting(ImportIssue::code).containsExactly(ImportIssueCode.IMP_003);
    }

    private ImportReport rejected(Path file) {
        return catchThrowableOfType(ImportRejectedException.class, () -> importer.importFile(file))
                .report();
    }

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(CountyInputsImporterTest.class.getResource("/dataimport/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
