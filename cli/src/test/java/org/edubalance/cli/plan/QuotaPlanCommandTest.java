package org.edubalance.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.cli.CliRun;
import org.edubalance.cli.ExitCodes;
import org.edubalance.dataimport.policy.QuotaPolicyReader;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan quota} on the sample round of src/test/resources/quota, worked by hand (docs/planning/quota.md):
 *
 * <p>H01 (KEY) 3 seats, quota share 0.67 → Q = ⌊2.01 + ½⌋ = 2, minimum score 550; H02 (ORDINARY) 3 seats, no quota.
 * Junior highs 1301990006 (urban: C001 700, C002 690, C003 680) and 1301990008 (rural: C004 650, C005 560, C006 540),
 * 3 candidates each: Webster gives each 1 seat whichever wins the first (tied) one. Quota batch: C001 (the best of
 * 1301990006 asking H01) and C004. General batch: H01 has 3 − 2 = 1 seat → C002; C003 → H02; C005 (lists H02 only) →
 * H02; C006 → H01 full → H02. Without quotas H01's 3 seats go to C001, C002, C003.
 */
class QuotaPlanCommandTest {
    private static final String PUBLIC_VALUE = "SSE composite close 2026-06-30: 3421.07";

    @TempDir
    Path dir;

    static Path sample(String name) {
        try {
            return Path.of(
                    QuotaPlanCommandTest.class.getResource("/quota/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> inputs(Path candidates, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--schools",
                sample("schools.csv").toString(),
                "--high-schools",
                sample("high_schools.csv").toString(),
                "--candidates",
                candidates.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static CliRun plan(Path candidates, String... more) {
        List<String> args = new ArrayList<>(List.of("plan", "quota"));
        args.addAll(inputs(candidates, more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theSampleRoundAsJson() throws IOException {
        Path out = dir.resolve("result.json");
        CliRun run = plan(sample("candidates.csv"), "--public-value", PUBLIC_VALUE, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        // Written beside its name, renamed once the independent checker passed it.
        assertThat(dir.resolve("result.json.part")).doesNotExist();
        JsonNode r = new ObjectMapper().readTree(out.toFile());
        assertThat(r.get("kind").asText()).isEqualTo("quota");
        assertThat(r.get("year").asInt()).isEqualTo(2026);
        assertThat(r.get("areaCode").asText()).isEqualTo("130199");
        assertThat(r.get("policy").asText()).isEqualTo("national");

        String commit = LotteryV1.commit(List.of(
                LotteryInput.of("schools", Files.readAllBytes(sample("schools.csv"))),
                LotteryInput.of("high_schools", Files.readAllBytes(sample("high_schools.csv"))),
                LotteryInput.of("candidates", Files.readAllBytes(sample("candidates.csv"))),
                LotteryInput.of("policy", QuotaPolicyReader.bytes("national"))));
        LotteryV1.Draw draw = LotteryV1.draw(commit, PUBLIC_VALUE);
        assertThat(r.at("/lottery/algorithm").asText()).isEqualTo("edubalance-lottery-v1");
        assertThat(r.at("/lottery/commit").asText()).isEqualTo(commit);
        assertThat(r.at("/lottery/seed").asText()).isEqualTo(draw.seed());
        assertThat(r.at("/lottery/publicValue").asText()).isEqualTo(PUBLIC_VALUE);
        List<String> inputNames = new ArrayList<>();
        r.at("/lottery/inputs").fieldNames().forEachRemaining(inputNames::add);
        assertThat(inputNames).containsExactly("schools", "high_schools", "candidates", "policy");

        JsonNode h01 = r.get("apportionment").get(0);
        assertThat(r.get("apportionment")).hasSize(1);
        assertThat(h01.get("highSchool").asText()).isEqualTo("H01");
        assertThat(h01.get("seats").asInt()).isEqualTo(3);
        assertThat(h01.get("quotaSeats").asInt()).isEqualTo(2);
        assertThat(h01.get("allocations").toString())
                .isEqualTo("[{\"juniorSchool\":\"1301990006\",\"candidates\":3,\"weight\":1.0,\"seats\":1},"
                        + "{\"juniorSchool\":\"1301990008\",\"candidates\":3,\"weight\":1.0,\"seats\":1}]");

        List<String> admissions = new ArrayList<>();
        for (JsonNode a : r.get("admissions")) {
            admissions.add(a.get("candidateId").asText() + " " + a.get("school").asText() + " "
                    + a.get("batch").asText());
            assertThat(a.get("lotteryNumber").asText())
                    .isEqualTo(draw.number(a.get("candidateId").asText()));
        }
        assertThat(admissions)
                .containsExactly(
                        "C001 H01 QUOTA",
                        "C002 H01 GENERAL",
                        "C003 H02 GENERAL",
                        "C004 H01 QUOTA",
                        "C005 H02 GENERAL",
                        "C006 H02 GENERAL");

        List<String> cutoffs = new ArrayList<>();
        for (JsonNode c : r.get("cutoffs")) {
            cutoffs.add(c.get("school").asText() + " " + c.get("batch").asText() + " "
                    + (c.has("juniorSchool") ? c.get("juniorSchool").asText() : "-") + " "
                    + c.get("lastScore").decimalValue().toPlainString());
        }
        assertThat(cutoffs)
                .containsExactly(
                        "H01 GENERAL - 690",
                        "H01 QUOTA 1301990006 700",
                        "H01 QUOTA 1301990008 650",
                        "H02 GENERAL - 540");

        assertThat(r.get("equity").toString())
                .isEqualTo("[{\"juniorSchool\":\"1301990006\",\"location\":\"URBAN\",\"candidates\":3,"
                        + "\"keyAdmitted\":2,\"keyAdmittedWithoutQuota\":3},"
                        + "{\"juniorSchool\":\"1301990008\",\"location\":\"RURAL\",\"candidates\":3,"
                        + "\"keyAdmitted\":1,\"keyAdmittedWithoutQuota\":0}]");
        // Rates 2/3 and 1/3: μ ½, σ 1/6, CV 1/3; without: 1 and 0, CV 1. Rural : urban (1/3)/(2/3) = ½; without 0.
        JsonNode s = r.get("equitySummary");
        assertThat(s.get("keyRateCv").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.get("keyRateCvWithoutQuota").asDouble())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.get("ruralUrbanKeyRate").asDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.get("ruralUrbanKeyRateWithoutQuota").asDouble()).isZero();
    }

    @Test
    void withoutOutTheSummaryShowsTheEquityTableInEnglishOrChinese() {
        CliRun run = plan(sample("candidates.csv"), "--public-value", PUBLIC_VALUE);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("6 candidates: 2 admitted by quota, 4 in the general batch, 0 unplaced")
                .contains("Quota seats: 2 at 1 high schools, 2 filled")
                .containsPattern("1301990008\\s+rural\\s+3\\s+1\\s+0")
                .contains("rural : urban 0.500 (without quotas 0.000)");
        CliRun zh = plan(sample("candidates.csv"), "--public-value", PUBLIC_VALUE, "--lang", "zh");
        assertThat(zh.out()).contains("指标生录取 2 人").containsPattern("1301990006\\s+城区\\s+3\\s+2\\s+3");
    }

    @Test
    void theSummaryPoolsTheEquityTableByLocation() {
        // One junior high a location: urban C001 (quota) and C002 at H01, all three without quotas; rural C004 (quota)
        // against none.
        CliRun run = plan(sample("candidates.csv"), "--public-value", PUBLIC_VALUE);
        assertThat(run.out())
                .contains("Key high schools by location of the junior highs, with and without quota seats:")
                .containsPattern("\\n\\s+urban\\s+1\\s+3\\s+2\\s+3\\n")
                .containsPattern("\\n\\s+rural\\s+1\\s+3\\s+1\\s+0\\n")
                .doesNotContainPattern("\\n\\s+town\\s");
        CliRun zh = plan(sample("candidates.csv"), "--public-value", PUBLIC_VALUE, "--lang", "zh");
        assertThat(zh.out())
                .contains("各城乡类别初中考入优质高中人数（有无指标到校对比）：")
                .containsPattern("\\n\\s+城区\\s+1\\s+3\\s+2\\s+3\\n")
                .containsPattern("\\n\\s+乡村\\s+1\\s+3\\s+1\\s+0\\n");
    }

    /**
     * The chart of 均衡效果 on the hand-built round verifier/tests/fixtures/quota-webster (its README derives it): KEY
     * places with / without quota seats J1 (urban, 7 candidates) 3 / 4, J3 (town, 1) 1 / 1, J2 (rural, 5) 3 / 2.
     */
    @Test
    void theWorkbookChartsTheHandDerivedPlacesByLocation() throws IOException {
        Path fixture = repositoryRoot().resolve("verifier/tests/fixtures/quota-webster");
        Path out = dir.resolve("webster.xlsx");
        CliRun run = CliRun.of(
                "plan",
                "quota",
                "--schools",
                fixture.resolve("schools.csv").toString(),
                "--high-schools",
                fixture.resolve("high_schools.csv").toString(),
                "--candidates",
                fixture.resolve("candidates.csv").toString(),
                "--policy",
                fixture.resolve("policy.yaml").toString(),
                "--public-value",
                Files.readString(fixture.resolve("public-value.txt"), StandardCharsets.UTF_8),
                "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (InputStream in = Files.newInputStream(out);
                var workbook = new XSSFWorkbook(in)) {
            var drawing = workbook.getSheet("均衡效果").getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            assertThat(drawing.getCharts()).hasSize(1);
            var chart = drawing.getCharts().getFirst();
            assertThat(chart.getTitleText().getString()).isEqualTo("各城乡类别初中考入优质高中人数：有无指标到校对比");
            var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
            assertThat(series).hasSize(2);
            assertThat(cells(workbook, series[0].getCat().getStrRef().getF())).containsExactly("城区", "镇区", "乡村");
            assertThat(cells(workbook, series[0].getTx().getStrRef().getF())).containsExactly("有指标到校");
            assertThat(cells(workbook, series[0].getVal().getNumRef().getF())).containsExactly("3", "1", "3");
            assertThat(cells(workbook, series[1].getTx().getStrRef().getF())).containsExactly("无指标到校");
            assertThat(cells(workbook, series[1].getVal().getNumRef().getF())).containsExactly("4", "1", "2");
        }
    }

    /** The cells a chart reference names, as a spreadsheet shows them. */
    private static List<String> cells(XSSFWorkbook workbook, String reference) {
        var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        List<String> values = new ArrayList<>();
        var area = new org.apache.poi.ss.util.AreaReference(reference, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        for (var ref : area.getAllReferencedCells()) {
            var row = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow());
            values.add(formatter.formatCellValue(row == null ? null : row.getCell(ref.getCol())));
        }
        return values;
    }

    /** The folder holding verifier/, walking up from the module's working directory. */
    private static Path repositoryRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("verifier"))) {
                return d;
            }
        }
        throw new IllegalStateException(
                "no verifier/ folder above " + Path.of("").toAbsolutePath());
    }

    @Test
    void theWorkbookHasTheFourSheetsWithChineseHeaders() throws IOException {
        Path out = dir.resolve("result.xlsx");
        // Chinese headers without --lang (the text stays English); English ones with --lang en.
        CliRun run = plan(sample("candidates.csv"), "--public-value", PUBLIC_VALUE, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("6 candidates:");
        Path english = dir.resolve("result-en.xlsx");
        CliRun en = plan(
                sample("candidates.csv"), "--public-value", PUBLIC_VALUE, "--out", english.toString(), "--lang", "en");
        assertThat(en.exitCode()).as(en.err()).isEqualTo(ExitCodes.OK);
        try (InputStream in = Files.newInputStream(english);
                var workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Quota seats");
        }
        try (InputStream in = Files.newInputStream(out);
                var workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("指标分配", "录取名单", "分数线", "均衡效果");
            var admissions = workbook.getSheet("录取名单");
            String text = new org.apache.poi.ss.usermodel.DataFormatter()
                    .formatCellValue(
                            admissions.getRow(admissions.getLastRowNum()).getCell(0));
            assertThat(text).isEqualTo("C006");
        }
    }

    @Test
    void aBadCandidatesFileIsRefusedWithItsLocatedErrorAndNothingWritten() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("candidates.csv"),
                "year,area_code,candidate_id,junior_school,score,quota_choice,choices\n"
                        + "2026,130199,C1,1301990001,600,,H01\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("result.json");
        CliRun run = plan(bad, "--public-value", PUBLIC_VALUE, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("candidates.csv:2:junior_school value='1301990001' IMP-158");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyPublicValueIsRefused() {
        CliRun run = plan(sample("candidates.csv"), "--public-value", "");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--public-value is empty");
    }

    @Test
    void minPerSchoolWithHamiltonIsRefusedNamingTheKey() throws IOException {
        Path policy =
                Files.writeString(dir.resolve("county.yaml"), "extends: national\nmethod: HAMILTON\nminPerSchool: 1\n");
        CliRun run = plan(sample("candidates.csv"), "--public-value", PUBLIC_VALUE, "--policy", policy.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("county.yaml: minPerSchool: must be 0 with method HAMILTON");
    }

    @Test
    void aMinimumAboveAQuotaIsRefusedNamingTheHighSchool() throws IOException {
        // 2 junior highs × 2 = 4 seats > H01's 2 quota seats.
        Path policy = Files.writeString(dir.resolve("min.yaml"), "extends: national\nminPerSchool: 2\n");
        CliRun run = plan(sample("candidates.csv"), "--public-value", PUBLIC_VALUE, "--policy", policy.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("High school H01").contains("more than its 2 quota seats");
    }

    @Test
    void aFilePolicyIsNamedByItsBaseName() throws IOException {
        Path policy = Files.writeString(dir.resolve("jinan.yaml"), "extends: national\nmethod: DHONDT\n");
        Path out = dir.resolve("result.json");
        CliRun run = plan(
                sample("candidates.csv"),
                "--public-value",
                PUBLIC_VALUE,
                "--policy",
                policy.toString(),
                "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode r = new ObjectMapper().readTree(out.toFile());
        assertThat(r.get("policy").asText()).isEqualTo("jinan.yaml");
        assertThat(r.at("/lottery/inputs/policy").asText())
                .isEqualTo(LotteryInput.of("policy", Files.readAllBytes(policy)).sha256());
    }

    @Test
    void severalYearsWithoutYearAreRefusedNamingTheOption() throws IOException {
        // The school data and the candidates of 2026, and one candidate of 2027 with the school data of 2027.
        String schools = Files.readString(sample("schools.csv"));
        Path twoYears = Files.writeString(
                dir.resolve("schools.csv"),
                schools
                        + schools.lines()
                                .skip(1)
                                .map(l -> l.replaceFirst("^2026,", "2027,") + "\n")
                                .reduce("", String::concat),
                StandardCharsets.UTF_8);
        Path two = Files.writeString(
                dir.resolve("candidates.csv"),
                Files.readString(sample("candidates.csv")) + "2027,130199,C101,1301990006,600,,,,,\n",
                StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(
                "plan",
                "quota",
                "--schools",
                twoYears.toString(),
                "--high-schools",
                sample("high_schools.csv").toString(),
                "--candidates",
                two.toString(),
                "--public-value",
                PUBLIC_VALUE));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--year");
        args.addAll(List.of("--year", "2026"));
        CliRun chosen = CliRun.of(args.toArray(String[]::new));
        assertThat(chosen.exitCode()).as(chosen.err()).isEqualTo(ExitCodes.OK);
        assertThat(chosen.out()).contains("6 candidates:");
    }

    @Test
    void explainsACandidateAndAJuniorHighInEitherLanguage() {
        // C003: third overall; second at 1301990006 for H01's one quota seat (C001 is first); H01 was full at 690
        // before their turn; admitted to H02, whose general cut-off is 540. 1301990008 gains a key place (1 vs 0).
        CliRun run = plan(
                sample("candidates.csv"),
                "--public-value",
                PUBLIC_VALUE,
                "--explain",
                "C003",
                "--explain",
                "1301990008");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("C003 (junior high 1301990006) ranks 3 in the round.")
                .contains("Admitted to H02 in the general batch; the cut-off met: 540.")
                .contains("Quota batch: H01 has 1 quota seat(s) for junior high 1301990006; ranked 2 among its"
                        + " candidates asking for them.")
                .contains("H01, listed earlier, was full before this candidate's turn (its last admitted score: 690).")
                .contains("1301990008 (rural): 3 candidates, 1 quota seats at key high schools; 1 admitted to key high"
                        + " schools, 0 without quota seats (+1).");
        CliRun zh = plan(sample("candidates.csv"), "--public-value", PUBLIC_VALUE, "--explain", "C001", "--lang", "zh");
        assertThat(zh.out())
                .contains("C001（初中 1301990006）全区排名第 1 位。")
                .contains("录取于 H01（指标生批次），达到的分数线：700。")
                .contains("指标生批次：H01 分配给初中 1301990006 的指标 1 个；该考生在本校报该校指标的考生中排第 1 位，已录取。");
        Path out = dir.resolve("unexplained.json");
        CliRun unknown = plan(
                sample("candidates.csv"), "--public-value", PUBLIC_VALUE, "--explain", "X9", "--out", out.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out).doesNotExist();
    }
}
