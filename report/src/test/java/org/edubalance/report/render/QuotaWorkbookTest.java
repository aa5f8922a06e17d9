package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.core.evaluation.OneLanguage.chineseBeyond;
import static org.edubalance.core.evaluation.OneLanguage.englishSentences;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.quota.QuotaExplanation;
import org.edubalance.planning.quota.QuotaPlanner;
import org.edubalance.planning.quota.QuotaResult;
import org.edubalance.report.planning.QuotaReportBuilder;
import org.edubalance.report.planning.QuotaWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;

/**
 * The admission workbook and the explanation in one language each. Round: K (KEY) 2 seats, share 0.5 → Q = 1 to the
 * rural junior high R (weight 3 against 1); r1 by quota, u1 general at K, u2 at O.
 */
class QuotaWorkbookTest {
    private static final QuotaRound ROUND = new QuotaRound(
            2026,
            "371000",
            List.of(
                    new HighSchool(2026, "371000", "K", "一中", 2, new BigDecimal("0.5"), null, Tier.KEY),
                    new HighSchool(2026, "371000", "O", "二中", 5, BigDecimal.ZERO, null, Tier.ORDINARY)),
            List.of(
                    candidate("u1", "U", "700", null, "K", "O"),
                    candidate("u2", "U", "690", null, "K", "O"),
                    candidate("r1", "R", "600.5", "K", "K", "O")),
            Map.of("U", Location.URBAN, "R", Location.RURAL));
    private static final QuotaPolicy POLICY = new QuotaPolicy(
            "national",
            ApportionmentMethod.WEBSTER,
            0,
            Map.of(Location.URBAN, BigDecimal.ONE, Location.TOWN, BigDecimal.ONE, Location.RURAL, new BigDecimal("3")));
    private static final QuotaResult RESULT = QuotaPlanner.plan(
            ROUND,
            POLICY,
            List.of(LotteryInput.of("candidates", "c".getBytes(StandardCharsets.UTF_8))),
            "public value");

    @TempDir
    Path dir;

    @Test
    void theChineseWorkbookHasTheFourSheetsAndNoEnglishSentence() throws IOException {
        try (XSSFWorkbook workbook = render(Locale.SIMPLIFIED_CHINESE)) {
            assertThat(WorkbookReading.sheetNames(workbook)).containsExactly("指标分配", "录取名单", "分数线", "均衡效果");
            String text = text(workbook);
            assertThat(englishSentences(text.replace("public value", "")))
                    .as(text)
                    .isEmpty();
            assertThat(text).contains("指标生").contains("600.5");
        }
    }

    @Test
    void theEnglishWorkbookHasNoChineseButNames() throws IOException {
        try (XSSFWorkbook workbook = render(Locale.ENGLISH)) {
            assertThat(WorkbookReading.sheetNames(workbook))
                    .containsExactly("Quota seats", "Admissions", "Cut-offs", "Equity");
            assertThat(chineseBeyond(text(workbook), Set.of())).isEmpty();
        }
    }

    /**
     * The chart beside 均衡效果 pools the junior highs by location. By hand from the round: urban U, 2 candidates, 1 at
     * K with quota seats (u1; u2 goes to O because K's second seat is r1's quota seat), 2 without (u1, u2); rural R,
     * 1 candidate, 1 with (r1 by quota), 0 without (K's two general seats go to u1 and u2 first).
     */
    @Test
    void theEquityChartDrawsThePlacesByLocationFromItsOwnCells() throws IOException {
        try (XSSFWorkbook workbook = render(Locale.SIMPLIFIED_CHINESE)) {
            XSSFSheet sheet = workbook.getSheet("均衡效果");
            List<XSSFChart> charts = WorkbookReading.charts(sheet);
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.getFirst();
            assertThat(chart.getTitleText().getString()).isEqualTo("各城乡类别初中考入优质高中人数：有无指标到校对比");
            var plot = chart.getCTChart().getPlotArea();
            assertThat(plot.getBarChartArray(0).getBarDir().getVal()).isEqualTo(STBarDir.COL);
            assertThat(plot.getBarChartArray(0).getGrouping().getVal()).isEqualTo(STBarGrouping.CLUSTERED);
            assertThat(WorkbookReading.titleText(plot.getCatAxArray(0).getTitle()))
                    .isEqualTo("初中所在城乡类别");
            assertThat(WorkbookReading.titleText(plot.getValAxArray(0).getTitle()))
                    .isEqualTo("考入优质高中人数");
            List<CTBarSer> series = WorkbookReading.barSeries(chart);
            assertThat(series).hasSize(2);
            // Each series names its header cell and its figures' cells on this sheet; the cells hold the hand counts.
            assertThat(series)
                    .allSatisfy(s -> assertThat(new CellReference(
                                            s.getVal().getNumRef().getF().split(":")[0])
                                    .getSheetName())
                            .isEqualTo("均衡效果"));
            assertThat(WorkbookReading.referencedCells(
                            workbook, series.getFirst().getCat().getStrRef().getF()))
                    .containsExactly("城区", "乡村");
            assertThat(WorkbookReading.referencedCells(
                            workbook, series.get(0).getTx().getStrRef().getF()))
                    .containsExactly("有指标到校");
            assertThat(WorkbookReading.referencedCells(
                            workbook, series.get(0).getVal().getNumRef().getF()))
                    .containsExactly("1.0", "1.0");
            assertThat(WorkbookReading.referencedCells(
                            workbook, series.get(1).getTx().getStrRef().getF()))
                    .containsExactly("无指标到校");
            assertThat(WorkbookReading.referencedCells(
                            workbook, series.get(1).getVal().getNumRef().getF()))
                    .containsExactly("2.0", "0.0");
            // The table beside the chart (from column I, right of the 7 columns and a blank one; header on row 3 under
            // the title and the summary): location, junior highs, candidates, with, without, rate, rate without.
            Row urban = sheet.getRow(3);
            assertThat(WorkbookReading.texts(urban).subList(8, 15))
                    .containsExactly("城区", "1.0", "2.0", "1.0", "2.0", "0.5", "1.0");
            Row rural = sheet.getRow(4);
            assertThat(WorkbookReading.texts(rural).subList(8, 15))
                    .containsExactly("乡村", "1.0", "1.0", "1.0", "0.0", "1.0", "0.0");
        }
    }

    @Test
    void theEnglishChartIsWordedInEnglish() throws IOException {
        try (XSSFWorkbook workbook = render(Locale.ENGLISH)) {
            XSSFChart chart =
                    WorkbookReading.charts(workbook.getSheet("Equity")).getFirst();
            String words = chart.getTitleText().getString() + " "
                    + WorkbookReading.titleText(
                            chart.getCTChart().getPlotArea().getCatAxArray(0).getTitle())
                    + " "
                    + WorkbookReading.titleText(
                            chart.getCTChart().getPlotArea().getValAxArray(0).getTitle());
            assertThat(words)
                    .isEqualTo("Places at key high schools by location, with and without quota seats Location of the"
                            + " junior highs Candidates admitted to key high schools");
            List<CTBarSer> series = WorkbookReading.barSeries(chart);
            assertThat(WorkbookReading.referencedCells(
                            workbook, series.getFirst().getCat().getStrRef().getF()))
                    .containsExactly("URBAN", "RURAL");
            assertThat(series.stream()
                            .map(s -> s.getTx()
                                    .getStrRef()
                                    .getStrCache()
                                    .getPtArray(0)
                                    .getV()))
                    .containsExactly("With quota seats", "Without quota seats");
        }
    }

    @Test
    void theExplanationIsWordedInEachLanguage() {
        var explanation = new QuotaExplanation(ROUND, RESULT);
        List<String> zh = new QuotaWording(Locale.SIMPLIFIED_CHINESE).candidate(explanation.candidate("r1"));
        assertThat(zh)
                .containsExactly(
                        "r1（初中 R）全区排名第 3 位。",
                        "录取于 K（指标生批次），达到的分数线：600.5。",
                        "指标生批次：K 分配给初中 R 的指标 1 个；该考生在本校报该校指标的考生中排第 1 位，已录取。");
        assertThat(englishSentences(String.join("\n", zh))).isEmpty();
        List<String> en = new QuotaWording(Locale.ENGLISH).candidate(explanation.candidate("u2"));
        assertThat(en)
                .containsExactly(
                        "u2 (junior high U) ranks 2 in the round.",
                        "Admitted to O in the general batch; the cut-off met: 690.",
                        "K, listed earlier, was full before this candidate's turn (its last admitted score: 700).");
        assertThat(new QuotaWording(Locale.SIMPLIFIED_CHINESE)
                        .juniorHigh(explanation.juniorHighs().getFirst()))
                .isEqualTo("R（乡村）：考生 1 人，优质高中指标 1 个；考入优质高中 1 人，无指标到校时 0 人（+1）。");
    }

    private XSSFWorkbook render(Locale locale) throws IOException {
        Path file = dir.resolve("quota-" + locale + ".xlsx");
        new XlsxReportRenderer().render(new QuotaReportBuilder(locale).build(RESULT), file);
        return WorkbookReading.open(file);
    }

    private static String text(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                text.append(String.join(" | ", WorkbookReading.texts(row))).append('\n');
            }
        }
        return text.toString();
    }

    private static Candidate candidate(String id, String junior, String score, String quota, String... choices) {
        return new Candidate(
                2026, "371000", id, junior, new BigDecimal(score), null, null, null, quota, List.of(choices));
    }
}
