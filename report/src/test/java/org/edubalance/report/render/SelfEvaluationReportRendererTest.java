package org.edubalance.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.report.equity.EvaluationFixtures;
import org.edubalance.report.selfevaluation.Provenance;
import org.edubalance.report.selfevaluation.SelfEvaluationData;
import org.edubalance.report.selfevaluation.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the fixture county's self-evaluation report and reads the PDF back with PDFBox: numbers against the
 * evaluation, fonts, a page image (kept in {@code target/pdf-pages/} to look at), repeatability and the incomplete
 * section.
 */
class SelfEvaluationReportRendererTest {
    private static final OffsetDateTime GENERATED = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8));
    private static final String SHA = "3a".repeat(32);

    @TempDir
    Path dir;

    private final Evaluation evaluation = EvaluationFixtures.evaluation("cn-2017-quality");

    private static SelfEvaluationData data(Evaluation evaluation, List<Evaluation> history, CountyInputs inputs) {
        return new SelfEvaluationData(
                evaluation,
                EvaluationFixtures.COUNTY.code(),
                history,
                inputs,
                new Provenance(List.of(new SourceFile("学校数据", "schools.csv", SHA)), GENERATED, "0.1.0-test"));
    }

    private static CountyInputs noInputs() {
        return CountyInputs.none(EvaluationFixtures.COUNTY.code(), EvaluationFixtures.YEAR);
    }

    static byte[] render(SelfEvaluationData data, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SelfEvaluationReportRenderer(locale).write(data, out);
        return out.toByteArray();
    }

    @Test
    void pdfStatesTheEvaluationsCvsVerdictAndSchoolCountsWithOfficialRounding() throws IOException {
        String text = PdfReading.text(render(data(evaluation, List.of(), noInputs()), Locale.SIMPLIFIED_CHINESE));
        CountyEvaluation county = evaluation.counties().getFirst();
        assertThat(text).contains("评估结论：未达标").contains("测试省 测试市 测试县（130199）");
        for (SegmentEvaluation s : county.segments()) {
            for (IndicatorStatistic st : s.indicators()) {
                assertThat(text).contains(halfUp(st.countyValue(), 2) + " " + halfUp(st.cv(), 3));
            }
            // Segment row of the summary: schools, students, compliant schools.
            assertThat(text)
                    .contains(s.segment().chineseName() + " " + s.schoolCount() + " " + s.studentCount() + " "
                            + s.compliantSchools());
        }
        assertThat(text).contains("参评学校（学段）5 个，在校生 1487 人");
        // The school out of scope, with the reason in the report's language.
        assertThat(text).contains("县特殊教育学校 特殊教育学校不在本标准评估范围内");
        // An item checked over the school rows names the check it rests on.
        assertThat(text).contains("学校数据（持证上岗教师）");
    }

    @Test
    void pdfListsANonCompliantSchoolsShortfallInNaturalUnits() throws IOException {
        String text = PdfReading.text(render(data(evaluation, List.of(), noInputs()), Locale.SIMPLIFIED_CHINESE));
        GapAnalysis gap = EvaluationFixtures.gaps(evaluation).get(EvaluationFixtures.COUNTY.code());
        Shortfall area = gap.shortfalls().stream()
                .filter(f -> f.quantity().unit().equals("m²"))
                .findFirst()
                .orElseThrow();
        assertThat(text)
                .contains(halfUp(area.value(), 2) + " " + halfUp(area.threshold(), 2) + " "
                        + halfUp(area.toThreshold(), 2) + " " + halfUp(area.toFloor(), 2) + " 平方米");
        assertThat(text).contains(area.schoolName() + "（" + area.school().value() + "）");
    }

    @Test
    void chineseFontIsEmbeddedAsASubset() throws IOException {
        List<PdfReading.FontFact> fonts =
                PdfReading.fonts(render(data(evaluation, List.of(), noInputs()), Locale.SIMPLIFIED_CHINESE));
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.name()).contains("NotoSansSC");
            assertThat(font.embedded()).isTrue();
            assertThat(font.subset()).isTrue();
        });
    }

    @Test
    void firstPageRendersToAnImageKeptAsATestArtifact() throws IOException {
        byte[] pdf = render(data(evaluation, List.of(), noInputs()), Locale.SIMPLIFIED_CHINESE);
        Path png = Path.of("target/pdf-pages/self-evaluation-zh-page1.png");
        BufferedImage page = PdfReading.pageImage(pdf, 0, 96, png);
        // A4 at 96 dpi, and ink on the page (the title and the red verdict band are not white).
        assertThat(page.getWidth()).isBetween(790, 800);
        assertThat(Files.size(png)).isPositive();
        long coloured = 0;
        for (int y = 0; y < page.getHeight(); y += 4) {
            for (int x = 0; x < page.getWidth(); x += 4) {
                if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).isGreaterThan(500);
        for (int p = 1; p < Math.min(PdfReading.pages(pdf), 6); p++) {
            PdfReading.pageImage(pdf, p, 72, Path.of("target/pdf-pages/self-evaluation-zh-page" + (p + 1) + ".png"));
        }
    }

    @Test
    void sameInputsGiveTheSameBytes() throws IOException {
        SelfEvaluationData data = data(evaluation, List.of(), noInputs());
        assertThat(render(data, Locale.SIMPLIFIED_CHINESE)).isEqualTo(render(data, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void countyWithoutInputsSaysWhichPartsAreIncomplete() throws IOException {
        // Lines of a notice may wrap anywhere: compare the text without line breaks.
        String text = PdfReading.text(render(data(evaluation, List.of(), noInputs()), Locale.SIMPLIFIED_CHINESE))
                .replace("\n", "");
        assertThat(text)
                .contains("材料不全：以下部分缺少材料，暂不作判定")
                .contains("未提供本县本学年的县级材料，所有需要县级材料的项目均为“缺少材料”。")
                .contains("teacher_avg_pay_yuan")
                .contains("social_recognition_rate")
                .contains("未提供本县本学年的县级材料。");
    }

    @Test
    void givenInputsAreQuotedWithTheirSource() throws IOException {
        CountyInputs inputs = new CountyInputs(
                EvaluationFixtures.COUNTY.code(),
                EvaluationFixtures.YEAR,
                Map.of("social_recognition_rate", new CountyInput("social_recognition_rate", "0.91", "2025 满意度调查")));
        String text = PdfReading.text(render(data(evaluation, List.of(), inputs), Locale.SIMPLIFIED_CHINESE));
        // The cell may wrap between the value and its source.
        assertThat(text.replace("\n", "")).contains("social_recognition_rate = 0.91（2025 满意度调查）");
    }

    @Test
    void englishReportTranslatesEveryLabel() throws IOException {
        String text = PdfReading.text(render(data(evaluation, List.of(), noInputs()), Locale.ENGLISH));
        assertThat(text)
                .contains("Self-evaluation report on the balanced")
                .contains("Verdict: Not met")
                .contains("1 Summary")
                .contains("Appendix B Data provenance")
                .contains("2026-03-01 09:30:00 +08:00");
        // The checksum may wrap inside its cell.
        assertThat(text.replace("\n", "")).contains(SHA);
        assertThat(text).contains("Generated 2026-03-01");
        // Chinese remains only in names (schools, county, the policy document) — no label is left untranslated.
        assertThat(text).doesNotContain("评估结论", "学段", "达标", "差异系数", "缺少材料");
    }

    @Test
    void severalYearsGiveATrendOfTheCvs() throws IOException {
        List<SchoolYear> lastYear = EvaluationFixtures.schools().stream()
                .map(s -> new SchoolYear(
                        s.year() - 1,
                        s.county(),
                        s.townName(),
                        s.code(),
                        s.name(),
                        s.type(),
                        s.location(),
                        s.ownership(),
                        s.position(),
                        s.primary(),
                        s.junior(),
                        s.seniorStudents(),
                        s.assets(),
                        s.supplementary()))
                .toList();
        Evaluation previous = new YearEvaluator(StandardCatalogue.shipped("cn-2017-quality"))
                .evaluate(lastYear, EvaluationFixtures.YEAR - 1, Map.of());
        String text =
                PdfReading.text(render(data(evaluation, List.of(previous), noInputs()), Locale.SIMPLIFIED_CHINESE));
        IndicatorStatistic first = evaluation
                .counties()
                .getFirst()
                .segment(Segment.PRIMARY)
                .orElseThrow()
                .indicators()
                .getFirst();
        String cv = halfUp(first.cv(), 3);
        assertThat(text).contains("小学：各学年差异系数").contains("2024–2025 2025–2026").contains(cv + " " + cv);
        assertThat(text).doesNotContain("只有一个学年");
    }

    @Test
    void writesAFileInPlace() throws IOException {
        Path file = dir.resolve("report.pdf");
        new SelfEvaluationReportRenderer(Locale.SIMPLIFIED_CHINESE)
                .write(data(evaluation, List.of(), noInputs()), file);
        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (var listing = Files.list(dir)) {
            assertThat(listing.toList()).containsExactly(file);
        }
    }

    private static String halfUp(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
