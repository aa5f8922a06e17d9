package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.edubalance.dataimport.school.SchoolFiles.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolImporterTest {
    private static final County HUANCUI = new County(new RegionCode("371002"), "环翠区", "威海市", "山东省");

    private final SchoolImporter importer = new SchoolImporter();

    @TempDir
    Path dir;

    @Test
    void importsEveryRowOfAValidCsvWithEnglishHeaders() {
        SchoolImport imported = importer.importFile(resource("schools-valid.csv"));

        assertThat(imported.report().issues()).isEmpty();
        assertThat(imported.schools()).hasSize(8);
        assertThat(imported.schools().getFirst()).isEqualTo(firstExperimentalPrimarySchool());
    }

    @Test
    void readsEachSchoolTypeWithItsSegments() {
        List<SchoolYear> schools =
                importer.importFile(resource("schools-valid.csv")).schools();

        assertThat(schools)
                .extracting(SchoolYear::type)
                .containsExactly(
                        SchoolType.PRIMARY,
                        SchoolType.JUNIOR,
                        SchoolType.NINE_YEAR,
                        SchoolType.TWELVE_YEAR,
                        SchoolType.COMPLETE_SECONDARY,
                        SchoolType.TEACHING_POINT,
                        SchoolType.SPECIAL_EDUCATION,
                        SchoolType.PRIMARY);
        SchoolYear twelveYear = schools.get(3);
        assertThat(twelveYear.ownership()).isEqualTo(Ownership.PRIVATE);
        assertThat(twelveYear.seniorStudents()).isEqualTo(800);
        assertThat(twelveYear.junior()).isEqualTo(new SegmentFigures(600, 12, 45, 44, 30, 9, 5));
        assertThat(schools.get(1).primary()).isEqualTo(SegmentFigures.NONE);
        assertThat(schools.get(1).assets().equipmentValueYuan()).isEqualTo(5_100_000.75);
        assertThat(schools.get(4).supplementary()).isEqualTo(SupplementaryFigures.NONE);
        assertThat(schools.get(5).position()).isNull();
        assertThat(schools.get(6).junior()).isEqualTo(SegmentFigures.NONE);
        assertThat(schools.get(7).name()).isEqualTo("张村镇中心小学（含分校, 东区）");
    }

    @Test
    void sharesOneCountyInstancePerCounty() {
        List<SchoolYear> schools =
                importer.importFile(resource("schools-valid.csv")).schools();

        assertThat(schools)
                .extracting(SchoolYear::county)
                .allSatisfy(
                        county -> assertThat(county).isSameAs(schools.getFirst().county()));
    }

    @Test
    void importsTheSameDataFromAnXlsxWithChineseHeadersAndValues() throws IOException {
        Path xlsx = SchoolFiles.toChineseXlsx(resource("schools-valid.csv"), dir.resolve("学校.xlsx"));

        SchoolImport fromXlsx = importer.importFile(xlsx);

        assertThat(fromXlsx.report().issues()).isEmpty();
        assertThat(fromXlsx.schools())
                .isEqualTo(importer.importFile(resource("schools-valid.csv")).schools());
    }

    @Test
    void acceptsAByteOrderMarkAndCrLf() {
        assertThat(importer.importFile(resource("schools-bom.csv")).schools())
                .isEqualTo(importer.importFile(resource("schools-valid.csv")).schools());
    }

    @Test
    void convertsWanyuanColumnsToYuan() {
        SchoolImport imported = importer.importFile(resource("schools-wanyuan.csv"));

        assertThat(imported.report().issues()).isEmpty();
        assertThat(imported.schools())
                .extracting(s -> s.assets().equipmentValueYuan())
                .containsExactly(4_200_000.0, 1_750_123.0);
        assertThat(imported.schools())
                .extracting(s -> s.supplementary().publicFundsYuan())
                .containsExactly(1_480_000.0, 610_500.0);
        assertThat(imported.schools().get(1).location()).isEqualTo(Location.TOWN);
    }

    @Test
    void reportsProgressInRowsRead() throws IOException {
        Path file = SchoolFiles.generate(dir.resolve("schools.csv"), 2_500);
        List<Long> progress = new ArrayList<>();

        importer.importFile(file, progress::add);

        assertThat(progress).containsExactly(1_000L, 2_000L, 2_500L);
    }

    @Test
    void rejectsTheWholeFileAndListsEveryError() throws IOException {
        List<List<String>> rows = SchoolFiles.rows(resource("schools-valid.csv"));
        rows.get(2).set(SchoolColumn.PRIMARY_STUDENTS.ordinal(), "many");
        rows.get(5).set(SchoolColumn.LOCATION.ordinal(), "郊区");
        rows.get(8).set(SchoolColumn.BOOKS.ordinal(), "-1");
        Path file = write(dir.resolve("three-errors.csv"), rows);

        var rejected = catchThrowableOfType(ImportRejectedException.class, () -> importer.importFile(file));

        assertThat(rejected.report().errors())
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(
                        tuple(3L, "primary_students", ImportIssueCode.IMP_030),
                        tuple(6L, "location", ImportIssueCode.IMP_020),
                        tuple(9L, "books", ImportIssueCode.IMP_032));
        assertThat(rejected).hasMessageStartingWith("Import rejected, nothing imported: 3 errors, 0 warnings");
    }

    @Test
    void listsErrorsUpToTheCapAndCountsTheRest() throws IOException {
        List<List<String>> rows = SchoolFiles.rows(SchoolFiles.generate(dir.resolve("base.csv"), 20));
        for (List<String> row : rows.subList(1, rows.size())) {
            row.set(SchoolColumn.COUNTY_CODE.ordinal(), "bad");
        }
        Path file = write(dir.resolve("twenty-errors.csv"), rows);

        var rejected =
                catchThrowableOfType(ImportRejectedException.class, () -> new SchoolImporter(5).importFile(file));

        assertThat(rejected.report().errorCount()).isEqualTo(20);
        assertThat(rejected.report().errors()).hasSize(6);
        assertThat(rejected.report().errors().getLast().code()).isEqualTo(ImportIssueCode.IMP_099);
        assertThat(rejected.report().errors().getLast().message()).startsWith("15 more errors not listed");
    }

    @Test
    void streamsANationScaleFile() throws IOException {
        Path file = SchoolFiles.generate(dir.resolve("nation.csv"), 200_000);
        long[] lastProgress = {0};

        SchoolImport imported = importer.importFile(file, rows -> lastProgress[0] = rows);

        assertThat(imported.schools()).hasSize(200_000);
        assertThat(imported.report().hasErrors()).isFalse();
        assertThat(lastProgress[0]).isEqualTo(200_000);
        assertThat(imported.schools().getLast().code()).isEqualTo(new SchoolCode("1000199999"));
    }

    private static Path write(Path file, List<List<String>> rows) throws IOException {
        try (var writer = CsvTableWriter.create(file)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return file;
    }

    private static SchoolYear firstExperimentalPrimarySchool() {
        return new SchoolYear(
                2025,
                HUANCUI,
                "环翠街道",
                new SchoolCode("3710020001"),
                "环翠区第一实验小学",
                SchoolType.PRIMARY,
                Location.URBAN,
                Ownership.PUBLIC,
                new GeoPoint(37.5131, 122.1204),
                new SegmentFigures(1850, 40, 98, 96, 60, 18, 14),
                SegmentFigures.NONE,
                0,
                new SharedAssets(12500.5, 1800, 15000, 4_200_000, 42, 260, 75000),
                new SupplementaryFigures(48, 0, 3, 2, 0, 210, 12, 4, 1_480_000.0, 74_000.0, 98));
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing.csv", "missing.xlsx"})
    void fileNotFoundIsAnIssueNamingThePath(String name) {
        var rejected =
                catchThrowableOfType(ImportRejectedException.class, () -> importer.importFile(dir.resolve(name)));

        assertThat(rejected.report().errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ImportIssueCode.IMP_004);
            assertThat(issue.message()).startsWith("File not found: ").contains(name);
        });
    }

    @Test
    void workbookThatIsNotOneIsRejected() throws IOException {
        Path fake = Files.copy(resource("schools-valid.csv"), dir.resolve("schools.xlsx"));

        var rejected = catchThrowableOfType(ImportRejectedException.class, () -> importer.importFile(fake));

        assertThat(rejected.report().errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ImportIssueCode.IMP_004);
            assertThat(issue.message()).startsWith("'schools.xlsx' is not a readable .xlsx workbook.");
        });
    }

    @Test
    void headerOnlyFileImportsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("header.csv"), String.join(",", SchoolCsvWriter.header()) + "\n");

        assertThat(importer.importFile(file).schools()).isEmpty();
    }
}
