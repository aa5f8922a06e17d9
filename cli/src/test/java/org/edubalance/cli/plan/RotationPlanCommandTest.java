package org.edubalance.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.staff.Teacher;
import org.edubalance.dataimport.school.SchoolCsvWriter;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.staff.TeacherCsvWriter;
import org.edubalance.dataimport.staff.TeacherImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotationPlanCommandTest {
    @TempDir
    static Path dir;

    /** The demo county cut to its first 24 schools and their teachers: real data, a solve of a few seconds. */
    @BeforeAll
    static void demo() throws IOException {
        Path full = dir.resolve("full");
        assertThat(CliRun.of("demo", "--out", full.toString(), "--seed", "2").exitCode())
                .isZero();
        List<SchoolYear> all =
                new SchoolImporter().importFile(full.resolve("schools.csv")).schools();
        List<SchoolYear> schools = all.subList(0, 24);
        Set<SchoolCode> kept = schools.stream().map(SchoolYear::code).collect(Collectors.toSet());
        List<Teacher> teachers = new TeacherImporter()
                .importFile(full.resolve("teachers.csv"), all)
                .teachers();
        new SchoolCsvWriter().write(schools, dir.resolve("schools.csv"));
        new TeacherCsvWriter()
                .write(teachers.stream().filter(t -> kept.contains(t.school())).toList(), dir.resolve("teachers.csv"));
    }

    @Test
    void plansTheDemoCountyWithinThePolicyAndRepinsAndForbidsMoves() throws IOException {
        Path first = dir.resolve("plan.json");
        CliRun run = plan(first, List.of());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Policy checks (independent checker):").doesNotContain("FAIL");

        JsonNode plan = new ObjectMapper().readTree(first.toFile());
        assertThat(plan.at("/outcome/status").asText()).isIn("OPTIMAL", "FEASIBLE");
        assertThat(plan.at("/outcome/gap").asDouble()).isLessThan(0.01);
        assertThat(plan.get("moves").size())
                .isGreaterThanOrEqualTo(plan.at("/summary/minimumMovers").asInt());
        assertThat(plan.get("policyChecks"))
                .allSatisfy(c -> assertThat(c.get("passed").asBoolean()).isTrue());
        JsonNode backbone = cv(plan, "PRIMARY", "backbone_teachers_per100");
        assertThat(backbone.get("after").asDouble())
                .isLessThan(backbone.get("before").asDouble());
        assertThat(plan.get("moves").get(0).get("reasons").get(0).get("code").asText())
                .isIn("indicator-shift", "staffing-exchange");
        JsonNode forbiddenMove = plan.get("moves").get(0);
        JsonNode pinnedMove = plan.get("moves").get(1);

        Path second = dir.resolve("replanned.json");
        CliRun again = plan(
                second,
                List.of(
                        "--forbid",
                                forbiddenMove.get("teacherId").asText() + "="
                                        + forbiddenMove.get("toSchool").asText(),
                        "--pin",
                                pinnedMove.get("teacherId").asText() + "="
                                        + pinnedMove.get("toSchool").asText()));
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
        List<String> moves = new ArrayList<>();
        new ObjectMapper()
                .readTree(second.toFile())
                .get("moves")
                .forEach(m -> moves.add(
                        m.get("teacherId").asText() + "=" + m.get("toSchool").asText()));
        assertThat(moves)
                .contains(pinnedMove.get("teacherId").asText() + "="
                        + pinnedMove.get("toSchool").asText())
                .doesNotContain(forbiddenMove.get("teacherId").asText() + "="
                        + forbiddenMove.get("toSchool").asText());
    }

    @Test
    void theSearchSolverReachesTheExactOptimumWhenTheWholeModelIsSmall() throws IOException {
        Path exact = dir.resolve("exact.json");
        Path search = dir.resolve("search.json");
        assertThat(plan(exact, List.of("--solver", "exact")).exitCode()).isEqualTo(ExitCodes.OK);

        CliRun run = plan(search, List.of("--solver", "search"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).doesNotContain("FAIL");
        JsonNode searched = new ObjectMapper().readTree(search.toFile());
        assertThat(searched.get("policyChecks"))
                .allSatisfy(c -> assertThat(c.get("passed").asBoolean()).isTrue());
        assertThat(searched.at("/outcome/objective").asDouble())
                .isCloseTo(
                        new ObjectMapper()
                                .readTree(exact.toFile())
                                .at("/outcome/objective")
                                .asDouble(),
                        org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void alternativesTradeMoversForBalance() throws IOException {
        Path out = dir.resolve("alternatives.json");
        CliRun run = plan(out, List.of("--alternatives"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Alternatives (movers buy balance):").contains("most-balancing");

        JsonNode plan = new ObjectMapper().readTree(out.toFile());
        JsonNode fewest = plan.get("alternatives").get(1);
        JsonNode most = plan.get("alternatives").get(2);
        assertThat(fewest.get("name").asText()).isEqualTo("fewest-moves");
        assertThat(fewest.get("movers").asInt())
                .isEqualTo(plan.at("/summary/minimumMovers").asInt());
        assertThat(most.get("movers").asInt())
                .isGreaterThanOrEqualTo(fewest.get("movers").asInt());
        assertThat(plan.get("alternatives"))
                .allSatisfy(a -> assertThat(a.get("valid").asBoolean()).isTrue());
        // The most balancing plan is at least as balanced as any plan, the fewest-moves one included.
        assertThat(most.get("balance").asDouble())
                .isLessThanOrEqualTo(fewest.get("balance").asDouble() + 1e-6);
    }

    @Test
    void writesThePlanAsAWorkbookWithMovesCvsAndPolicyChecks() throws IOException {
        Path workbook = dir.resolve("plan.xlsx");

        CliRun run = plan(workbook, List.of("--lang", "zh"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(workbook.toFile())) {
            assertThat(book.getSheetName(0)).isEqualTo("调动名单");
            assertThat(book.getSheetName(1)).isEqualTo("指标对比");
            assertThat(book.getSheetName(2)).isEqualTo("政策检查");
            var moves = book.getSheetAt(0);
            assertThat(moves.getLastRowNum()).isGreaterThan(5);
            String lastTeacher = moves.getRow(moves.getLastRowNum()).getCell(0).getStringCellValue();
            assertThat(lastTeacher).startsWith("T");
            var checks = book.getSheetAt(2);
            assertThat(checks.getRow(checks.getLastRowNum()).getCell(3).getStringCellValue())
                    .isEqualTo("是");
            String reason = moves.getRow(moves.getLastRowNum()).getCell(6).getStringCellValue();
            // Worded in Chinese from the planner's facts: no indicator id, no English sentence.
            assertThat(reason).doesNotContainPattern("[a-z]{3,}").containsAnyOf("每百名学生", "交流");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void aCountyTheRosterDoesNotCoverIsBadInput() {
        CliRun run = plan(dir.resolve("never-written.json"), List.of("--county", "110101"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--county 110101").contains("Maybe one of:");
        assertThat(dir.resolve("never-written.json")).doesNotExist();
    }

    @Test
    void aBrokenPolicyFileIsBadInputNamingTheKey() throws IOException {
        Path policy = java.nio.file.Files.writeString(
                dir.resolve("policy.yaml"), "extends: national\nmoves: {maxCommuteKm: -3}\n");

        CliRun run = plan(dir.resolve("never-written.json"), List.of("--policy", policy.toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("policy.yaml").contains("maxCommuteKm");
        assertThat(dir.resolve("never-written.json")).doesNotExist();
    }

    @Test
    void theTextIsInTheLanguageAsked() {
        CliRun run = plan(dir.resolve("zh.json"), List.of("--lang", "zh"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("政策检查（独立校验）：", "交流人数不少于")
                .doesNotContain("movers ≥", "Policy checks", "backbone_teachers_per100");
    }

    private static JsonNode cv(JsonNode plan, String segment, String indicator) {
        for (JsonNode c : plan.get("cvs")) {
            if (c.get("segment").asText().equals(segment)
                    && c.get("indicator").asText().equals(indicator)) {
                return c;
            }
        }
        throw new AssertionError("No CV of " + indicator + " in " + segment);
    }

    private static CliRun plan(Path out, List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "plan",
                "rotation",
                "--schools",
                dir.resolve("schools.csv").toString(),
                "--teachers",
                dir.resolve("teachers.csv").toString(),
                "--time-limit",
                "60",
                "--out",
                out.toString()));
        args.addAll(extra);
        return CliRun.of(args.toArray(String[]::new));
    }
}
