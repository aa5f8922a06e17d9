package org.edubalance.cli.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.cli.evaluate.GoldenCountyTest.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "evaluate", "demo"})
    void everyCommandHasHelp(String command) {
        CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: edubalance");
    }

    @Test
    void textReportShowsTheVerdictTheIndicatorsAndTheShortfalls() {
        CliRun run = CliRun.of("evaluate", "--data", golden("schools.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("测试省 测试市 示范测试县 (130199)   Verdict: NOT MET")
                .contains("Teachers above the required degree per 100 students")
                .contains("Schools below the standard")
                .contains("城关第一小学")
                .contains("Urban : town : rural");
        assertThat(run.err()).contains("Using county inputs from").contains("county-inputs.csv");
    }

    @Test
    void textReportShowsWhereInequalityComesFrom() {
        CliRun run = CliRun.of("evaluate", "--data", golden("schools.csv").toString());
        // The private school's 3 backbone teachers for 900 students drive the primary backbone CV most.
        assertThat(run.out())
                .contains("Share of Theil T between urban/town/rural and between townships")
                .containsPattern(
                        "\\d+%\\s+\\d+%  County-level-or-above backbone teachers per 100 students\\n      新城实验小学 \\(\\+0\\.1\\d\\d\\)");
    }

    @Test
    void xlsxFormsAreWrittenAsAWorkbook() throws IOException {
        Path out = dir.resolve("forms.xlsx");
        CliRun run = CliRun.of(
                "evaluate", "--data", golden("schools.csv").toString(), "--format", "xlsx", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.toFile())) {
            assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
            String workbook = new String(
                    zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(workbook).contains("表Ⅱ-2").contains("表Ⅲ");
        }
    }

    @Test
    void xlsxNeedsAnOutputFile() {
        CliRun run = CliRun.of("evaluate", "--data", golden("schools.csv").toString(), "--format", "xlsx");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--format xlsx needs --out");
    }

    @Test
    void timingsArePrintedOnRequest() {
        CliRun run = CliRun.of("evaluate", "--data", golden("schools.csv").toString(), "--timings");
        assertThat(run.err()).containsPattern("timings: start-up \\d+\\.\\d\\d s, import \\d+\\.\\d\\d s");
    }

    @Test
    void chineseTextReport() {
        CliRun run = CliRun.of("evaluate", "--data", golden("schools.csv").toString(), "--lang", "zh");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("结论：未达标").contains("每百名学生拥有高于规定学历教师数").contains("小学");
    }

    @Test
    void oneSchoolOutOfScopeIsCountedInTheSingular() {
        Path demo = dir.resolve("demo");
        assertThat(CliRun.of("demo", "--out", demo.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        CliRun en = CliRun.of("evaluate", "--data", demo.resolve("schools.csv").toString(), "--lang", "en");
        CliRun zh = CliRun.of("evaluate", "--data", demo.resolve("schools.csv").toString(), "--lang", "zh");

        // The county demo has one special-education school, which the 2017 scope leaves out.
        assertThat(en.out())
                .contains("1 school is outside the standard's scope")
                .doesNotContain("1 schools");
        assertThat(zh.out()).contains("1 所学校不在本标准评估范围内").contains("结论：");
    }

    @Test
    void itemsFromCountyInputsAndSchoolRowsAreReported() {
        CliRun run = CliRun.of("evaluate", "--data", golden("schools.csv").toString());
        // 城关中学's largest class has 58 students (> 50) and 河西村小学 has 11 certified of 12 teachers.
        assertThat(run.out())
                .contains("✗ Every class ≤ 45 (primary) / ≤ 50 (junior) students [gov_class_size]")
                .contains("largest class 58 > 50")
                .contains("11 of 12 teachers certified")
                .contains("✓ Average teacher pay ≥ average local civil-servant pay [gov_teacher_salary_parity]");
    }

    @Test
    void withoutCountyInputsTheItemsAreMissingAndNamed() throws IOException {
        Path data = dir.resolve("schools.csv");
        Files.copy(golden("schools.csv"), data);
        CliRun run = CliRun.of("evaluate", "--data", data.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("No county-inputs file");
        assertThat(run.out()).contains("\"missingInputs\":[\"eligible_basic_balance_years\"");
    }

    @Test
    void invalidFileIsRejectedWithExitCodeTwoAndTheReportOnStandardError() throws IOException {
        List<String> lines = Files.readAllLines(golden("schools.csv"));
        lines.set(3, lines.get(3).replace(",620,14,36,", ",-620,14,36,"));
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, lines);
        CliRun run = CliRun.of("evaluate", "--data", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("bad.csv")
                .contains("primary_students")
                .contains("-620")
                .contains("IMP-");
    }

    @Test
    void missingFileIsBadInput() {
        CliRun run = CliRun.of("evaluate", "--data", dir.resolve("nope.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("nope.csv: no such file");
    }

    @Test
    void malformedStandardPackIsBadInputNamingTheKey() throws IOException {
        Path pack = dir.resolve("pack.json");
        Files.writeString(
                pack, "{\"id\": \"x\", \"extends\": \"cn-2017-quality\", \"cv\": {\"limit\": {\"JUNIOR\": \"low\"}}}");
        CliRun run = CliRun.of("evaluate", "--data", golden("schools.csv").toString(), "--standard", pack.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("cv.limit.JUNIOR").contains("expected a number");
    }

    @Test
    void yearAbsentFromTheDataIsBadInput() {
        CliRun run = CliRun.of("evaluate", "--data", golden("schools.csv").toString(), "--year", "2019");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no school rows for year 2019");
    }

    @Test
    void provincialPackExcludesTheSmallTeachingPoint() {
        CliRun run = CliRun.of(
                "evaluate",
                "--data",
                golden("schools.csv").toString(),
                "--standard",
                "hebei-2017-quality",
                "--format",
                "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("\"standard\":\"hebei-2017-quality\"")
                .contains(
                        "\"code\":\"1301990005\",\"name\":\"山口教学点\",\"countyCode\":\"130199\",\"reason\":\"teaching point with 35 students (fewer than 50)\"");
    }

    @Test
    void jsonCanBeWrittenToAFile() throws IOException {
        Path out = dir.resolve("result.json");
        CliRun run = CliRun.of(
                "evaluate", "--data", golden("schools.csv").toString(), "--format", "json", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out))
                .startsWith("{\"standard\":\"cn-2017-quality\"")
                .contains("\"verdict\":\"NOT_MET\"");
    }
}
