package org.edubalance.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.dataimport.ImportColumn;
import org.edubalance.dataimport.admission.ApplicantColumn;
import org.edubalance.dataimport.admission.ZoneColumn;
import org.edubalance.dataimport.quota.CandidateColumn;
import org.edubalance.dataimport.quota.HighSchoolColumn;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.staff.TeacherImport;
import org.edubalance.dataimport.staff.TeacherImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoWritesTheFilesAndTheReadmeCommandEvaluatesThem() {
        CliRun demo = CliRun.of("demo", "--out", dir.toString());
        assertThat(demo.exitCode()).as(demo.err()).isEqualTo(ExitCodes.OK);
        assertThat(demo.out()).contains("synthetic");
        assertThat(dir.resolve("schools.csv")).isRegularFile();
        assertThat(dir.resolve("county-inputs.csv")).isRegularFile();

        CliRun evaluate =
                CliRun.of("evaluate", "--data", dir.resolve("schools.csv").toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isEqualTo(ExitCodes.OK);
        assertThat(evaluate.out()).contains("Verdict:").contains("（演示）");
        assertThat(evaluate.err()).doesNotContain("IMP-0");
    }

    @Test
    void theDemoRosterImportsAgainstTheDemoSchoolsAndCountsToTheirFigures() {
        assertThat(CliRun.of("demo", "--out", dir.toString(), "--seed", "4").exitCode())
                .isZero();

        var schools =
                new SchoolImporter().importFile(dir.resolve("schools.csv")).schools();
        TeacherImport roster = new TeacherImporter().importFile(dir.resolve("teachers.csv"), schools);

        assertThat(roster.report().issues()).isEmpty();
        assertThat(roster.teachers())
                .hasSize(schools.stream()
                        .mapToInt(s -> s.primary().teachers() + s.junior().teachers())
                        .sum());
    }

    @Test
    void sameSeedGivesTheSameFilesAndAnotherSeedOtherFiles() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        assertThat(CliRun.of("demo", "--out", a.toString(), "--seed", "7").exitCode())
                .isZero();
        assertThat(CliRun.of("demo", "--out", b.toString(), "--seed", "7").exitCode())
                .isZero();
        assertThat(CliRun.of("demo", "--out", c.toString(), "--seed", "8").exitCode())
                .isZero();
        assertThat(Files.readString(a.resolve("schools.csv"))).isEqualTo(Files.readString(b.resolve("schools.csv")));
        assertThat(Files.readString(a.resolve("schools.csv"))).isNotEqualTo(Files.readString(c.resolve("schools.csv")));
        for (String file : List.of(
                "seats.csv",
                "zones.csv",
                "applicants.csv",
                "high_schools.csv",
                "candidates.csv",
                "blocks.csv",
                "block_zones.csv",
                "adjacency.csv",
                "blocks.geojson")) {
            assertThat(Files.readString(a.resolve(file))).as(file).isEqualTo(Files.readString(b.resolve(file)));
        }
        assertThat(Files.readString(a.resolve("applicants.csv")))
                .isNotEqualTo(Files.readString(c.resolve("applicants.csv")));
        assertThat(Files.readString(a.resolve("blocks.csv"))).isNotEqualTo(Files.readString(c.resolve("blocks.csv")));
    }

    @Test
    void theDemoBlocksFeedTheSeatForecastWhichFindsZonesShortOfSeatsInSomeYears() throws IOException {
        assertThat(CliRun.of("demo", "--out", dir.toString(), "--seed", "2").exitCode())
                .isZero();
        Path json = dir.resolve("forecast.json");
        CliRun forecast = CliRun.of(
                "forecast",
                "seats",
                "--schools",
                dir.resolve("schools.csv").toString(),
                "--seats",
                dir.resolve("seats.csv").toString(),
                "--blocks",
                dir.resolve("blocks.csv").toString(),
                "--zones",
                dir.resolve("zones.csv").toString(),
                "--block-zones",
                dir.resolve("block_zones.csv").toString(),
                "--entry-grade",
                "G1",
                "--out",
                json.toString());
        assertThat(forecast.exitCode()).as(forecast.err()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(json);
        int zoneYears = text.split("\"over\": ?").length - 1;
        int over = text.split("\"over\": ?true").length - 1;
        assertThat(zoneYears).isGreaterThan(6);
        assertThat(over).isPositive().isLessThan(zoneYears / 3);
    }

    @Test
    void cityScaleEvaluatesEveryCountyAndSomeFail() {
        assertThat(CliRun.of("demo", "--out", dir.toString(), "--scale", "city").exitCode())
                .isZero();
        CliRun run = CliRun.of("evaluate", "--data", dir.resolve("schools.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("\\d+ counties: \\d+ met, [1-9]\\d* not met");
    }

    @Test
    void demoWritesTheEnrolmentAndExamFilesBesideTheSchoolFileAndTheyAgreeWithIt() throws IOException {
        assertThat(CliRun.of("demo", "--out", dir.toString(), "--seed", "3").exitCode())
                .isZero();

        List<Map<String, String>> schools = rows("schools.csv");
        List<Map<String, String>> seats = rows("seats.csv");
        List<Map<String, String>> zones = rows("zones.csv");
        List<Map<String, String>> applicants = rows("applicants.csv");
        List<Map<String, String>> highSchools = rows("high_schools.csv");
        List<Map<String, String>> candidates = rows("candidates.csv");
        assertThat(header("seats.csv"))
                .containsExactly("year", "county_code", "school_code", "entry_grade", "seats", "block_id");
        // Every column of the importers' contracts, in their order (docs/data-formats.md §3).
        assertThat(header("zones.csv")).containsExactlyElementsOf(ids(ZoneColumn.values()));
        assertThat(header("applicants.csv")).containsExactlyElementsOf(ids(ApplicantColumn.values()));
        assertThat(header("high_schools.csv")).containsExactlyElementsOf(ids(HighSchoolColumn.values()));
        assertThat(header("candidates.csv")).containsExactlyElementsOf(ids(CandidateColumn.values()));

        Map<String, Map<String, String>> schoolByCode = new HashMap<>();
        schools.forEach(s -> schoolByCode.put(s.get("school_code"), s));
        // seats.csv: schools of the school data, of the county, with the grade's segment.
        Map<String, Integer> seatsOf = new HashMap<>();
        for (Map<String, String> s : seats) {
            Map<String, String> school = schoolByCode.get(s.get("school_code"));
            assertThat(school).as("%s", s).isNotNull();
            assertThat(school.get("county_code")).isEqualTo(s.get("county_code"));
            String segment = s.get("entry_grade").equals("G1") ? "primary_students" : "junior_students";
            assertThat(Integer.parseInt(school.get(segment))).as("%s", s).isPositive();
            seatsOf.put(s.get("entry_grade") + "|" + s.get("school_code"), Integer.parseInt(s.get("seats")));
        }
        Map<String, String> zoneOf = new HashMap<>();
        zones.forEach(z -> assertThat(zoneOf.put(z.get("entry_grade") + "|" + z.get("school_code"), z.get("zone_id")))
                .as("one zone: %s", z)
                .isNull());
        // applicants.csv: each choice has seats and is private or of the child's zones, at most one private.
        for (Map<String, String> a : applicants) {
            String grade = a.get("entry_grade");
            List<String> choices = a.get("choices").isEmpty()
                    ? List.of()
                    : List.of(a.get("choices").split(";"));
            assertThat(choices).doesNotHaveDuplicates();
            long privates = 0;
            for (String choice : choices) {
                assertThat(seatsOf.getOrDefault(grade + "|" + choice, 0))
                        .as("%s", a)
                        .isPositive();
                if (schoolByCode.get(choice).get("ownership").equals("PRIVATE")) {
                    privates++;
                } else {
                    assertThat(zoneOf.get(grade + "|" + choice))
                            .as("%s", a)
                            .isIn(a.get("hukou_zone"), a.get("home_zone"));
                }
            }
            assertThat(privates).isLessThanOrEqualTo(1);
            assertThat(a.get("migrant")).isIn("true", "false");
        }
        assertThat(applicants.stream()
                        .map(a -> a.get("entry_grade") + a.get("applicant_id"))
                        .distinct())
                .hasSameSizeAs(applicants);
        // high_schools.csv and candidates.csv: the city's admission.
        Map<String, String> shareOf = new HashMap<>();
        highSchools.forEach(h -> shareOf.put(h.get("school_code"), h.get("quota_share")));
        for (Map<String, String> c : candidates) {
            assertThat(c.get("area_code"))
                    .isEqualTo(schools.getFirst().get("county_code").substring(0, 4) + "00");
            assertThat(Integer.parseInt(schoolByCode.get(c.get("junior_school")).get("junior_students")))
                    .isPositive();
            assertThat(c.get("score")).matches("\\d{1,3}\\.\\d");
            if (!c.get("quota_choice").isEmpty()) {
                assertThat(new BigDecimal(shareOf.get(c.get("quota_choice")))).isPositive();
            }
            List<String> choices = List.of(c.get("choices").split(";"));
            assertThat(choices).hasSizeBetween(1, 6).doesNotHaveDuplicates();
            assertThat(shareOf).containsKeys(choices.toArray(String[]::new));
        }
    }

    @Test
    void theExamBenchmarkWritesItsAreaOfOneHundredThousandCandidates() throws IOException {
        CliRun run = CliRun.of("demo", "--out", dir.toString(), "--benchmark", "exam");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("100000 candidates");
        assertThat(rows("schools.csv")).hasSize(500);
        assertThat(rows("high_schools.csv")).hasSize(60);
        assertThat(rows("candidates.csv")).hasSize(100_000);
        assertThat(dir.resolve("applicants.csv")).doesNotExist();
    }

    @Test
    void anUnknownBenchmarkIsAUsageError() {
        CliRun run = CliRun.of("demo", "--out", dir.toString(), "--benchmark", "galaxy");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("galaxy").contains("admission-city");
    }

    private static List<String> ids(ImportColumn[] columns) {
        return Arrays.stream(columns).map(ImportColumn::id).toList();
    }

    private List<String> header(String file) throws IOException {
        return List.of(Files.readAllLines(dir.resolve(file))
                .getFirst()
                .replace("\uFEFF", "")
                .split(",", -1));
    }

    /** The rows of one of the written files; their cells hold no commas or quotes, so a split reads them. */
    private List<Map<String, String>> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        List<String> header = header(file);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as("%s: %s", file, line).hasSameSizeAs(header);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void unknownScaleIsAUsageError() {
        CliRun run = CliRun.of("demo", "--out", dir.toString(), "--scale", "galaxy");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("galaxy");
    }
}
