package org.edubalance.dataimport.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file imported county by county ({@link SchoolImporter#importByCounty}) gives what {@link SchoolImporter#importFile}
 * gives, in one part or several: the same report to the issue (warnings of county medians and names, a capped list,
 * errors and rejections), and runs that are exactly the file's schools grouped by county and year, in file order —
 * or nothing, when a county's rows are apart in the file.
 */
class SchoolImporterByCountyTest {
    private static final int CAP = 20;

    @TempDir
    static Path dir;

    static Stream<Path> files() throws IOException {
        Path generated = SchoolFiles.generate(dir.resolve("generated.csv"), 3_000);
        return Stream.concat(
                Stream.of(
                        generated,
                        areaOutliers(generated),
                        renamedCounties(generated),
                        twoYears(generated),
                        manyErrors(generated)),
                Stream.of(
                                "schools-valid.csv",
                                "schools-bom.csv",
                                "schools-wanyuan.csv",
                                "schools-warnings.csv",
                                "invalid/imp-001-segment-columns-missing.csv",
                                "invalid/imp-011-county-code-malformed.csv",
                                "invalid/imp-030-not-a-number.csv",
                                "invalid/imp-050-duplicate-school-row.csv")
                        .map(SchoolFiles::resource));
    }

    /**
     * The generated file with the sports ground of every 7th school a thousand times larger: more area warnings than
     * the report lists, so the order they are added in decides which are listed.
     */
    private static Path areaOutliers(Path generated) throws IOException {
        List<List<String>> rows = SchoolFiles.rows(generated);
        int column = SchoolColumn.SPORTS_GROUND_AREA_M2.ordinal();
        for (int i = 1; i < rows.size(); i += 7) {
            rows.get(i)
                    .set(
                            column,
                            new BigDecimal(rows.get(i).get(column))
                                    .scaleByPowerOfTen(3)
                                    .toPlainString());
        }
        return write(rows, "area-outliers.csv");
    }

    /** The generated file with another name for a county on a few rows inside its run (IMP-W07). */
    private static Path renamedCounties(Path generated) throws IOException {
        List<List<String>> rows = SchoolFiles.rows(generated);
        for (int i = 35; i < rows.size(); i += 350) {
            rows.get(i).set(SchoolColumn.COUNTY_NAME.ordinal(), "改名县");
        }
        return write(rows, "renamed-counties.csv");
    }

    /** The generated file's rows once for 2024 and once for 2025, one year after the other. */
    private static Path twoYears(Path generated) throws IOException {
        List<List<String>> rows = SchoolFiles.rows(generated);
        List<List<String>> both = new ArrayList<>(rows);
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> earlier = new ArrayList<>(row);
            earlier.set(SchoolColumn.YEAR.ordinal(), "2024");
            both.add(earlier);
        }
        return write(both, "two-years.csv");
    }

    /** The generated file with a bad number on every 10th row and a repeated school: more errors than the cap. */
    private static Path manyErrors(Path generated) throws IOException {
        List<List<String>> rows = SchoolFiles.rows(generated);
        for (int i = 1; i < rows.size(); i += 10) {
            rows.get(i).set(SchoolColumn.BOOKS.ordinal(), "many");
        }
        rows.add(rows.get(2));
        return write(rows, "many-errors.csv");
    }

    private static Path write(List<List<String>> rows, String name) throws IOException {
        Path file = dir.resolve(name);
        try (var writer = CsvTableWriter.create(file)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return file;
    }

    @ParameterizedTest
    @MethodSource("files")
    void byCountyGivesTheSchoolsAndReportOfTheWholeFile(Path file) {
        Object whole = wholeFile(new SchoolImporter(CAP, 1, Long.MAX_VALUE), file);
        for (int parts : new int[] {1, 2, 3, 8}) {
            assertThat(byCounty(new SchoolImporter(CAP, parts, 1), file))
                    .as("%s in %d parts", file.getFileName(), parts)
                    .isEqualTo(whole);
        }
    }

    @Test
    void areaWarningsBeyondTheCapAreCountedAndTheListedOnesAreTheWholeFilesOnes() throws IOException {
        Path file = areaOutliers(SchoolFiles.generate(dir.resolve("outliers-base.csv"), 3_000));
        ImportReport report = new SchoolImporter(CAP, 3, 1)
                .importByCounty(file, rows -> {}, run -> {})
                .orElseThrow()
                .report();
        // Every 7th of 3,000 schools has a thousand times the sports ground it had: far more warnings than listed.
        assertThat(report.warningCount()).isGreaterThan(2L * CAP);
        assertThat(report.warnings()).hasSize(CAP);
    }

    @Test
    void aCountyWhoseRowsAreApartIsNotImportedByCounty() throws IOException {
        List<List<String>> rows = SchoolFiles.rows(SchoolFiles.generate(dir.resolve("apart-base.csv"), 300));
        // The first school of the first county moved to the end, after four other counties.
        rows.add(rows.remove(1));
        Path file = write(rows, "apart.csv");
        for (int parts : new int[] {1, 2, 3}) {
            assertThat(new SchoolImporter(CAP, parts, 1).importByCounty(file, r -> {}, run -> {}))
                    .as("%d parts", parts)
                    .isEmpty();
        }
        assertThat(new SchoolImporter(CAP, 1, Long.MAX_VALUE).importFile(file).schools())
                .hasSize(300);
    }

    /** The schools grouped by (year, county code) in file order and the report, or the report of a rejection. */
    private static Object wholeFile(SchoolImporter importer, Path file) {
        try {
            SchoolImport imported = importer.importFile(file);
            Map<Long, List<SchoolYear>> byCounty = new LinkedHashMap<>();
            for (SchoolYear school : imported.schools()) {
                byCounty.computeIfAbsent(AreaOutlierCheck.groupKey(school), k -> new ArrayList<>())
                        .add(school);
            }
            Map<Integer, Integer> counties = new TreeMap<>();
            byCounty.keySet().forEach(key -> counties.merge((int) (key / 1_000_000), 1, Integer::sum));
            return new Accepted(
                    sorted(new ArrayList<>(byCounty.values())),
                    counties,
                    imported.report().issues(),
                    imported.report().summary());
        } catch (ImportRejectedException e) {
            return new Rejected(e.report().issues(), e.report().summary());
        }
    }

    private static Object byCounty(SchoolImporter importer, Path file) {
        try {
            List<List<SchoolYear>> runs = Collections.synchronizedList(new ArrayList<>());
            Optional<SchoolImporter.CountyRunImport> imported =
                    importer.importByCounty(file, rows -> {}, run -> runs.add(List.copyOf(run)));
            assertThat(imported).as("every county's rows are together").isPresent();
            ImportReport report = imported.orElseThrow().report();
            return new Accepted(
                    sorted(new ArrayList<>(runs)),
                    imported.orElseThrow().countiesByYear(),
                    report.issues(),
                    report.summary());
        } catch (ImportRejectedException e) {
            return new Rejected(e.report().issues(), e.report().summary());
        }
    }

    private static List<List<SchoolYear>> sorted(List<List<SchoolYear>> runs) {
        runs.sort(Comparator.comparingLong(run -> AreaOutlierCheck.groupKey(run.getFirst())));
        return runs;
    }

    private record Accepted(Object runs, Object countiesByYear, Object issues, String summary) {}

    private record Rejected(Object issues, String summary) {}
}
