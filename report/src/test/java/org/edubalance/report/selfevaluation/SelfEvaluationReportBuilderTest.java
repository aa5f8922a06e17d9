package org.edubalance.report.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.ItemStatus;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.StandardCatalogue;
import org.edubalance.report.document.Block;
import org.edubalance.report.document.ReportDocument;
import org.edubalance.report.document.Tone;
import org.edubalance.report.equity.EvaluationFixtures;
import org.junit.jupiter.api.Test;

class SelfEvaluationReportBuilderTest {
    private static final Provenance PROVENANCE =
            new Provenance(List.of(), OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)), "test");

    private static ReportDocument build(String standardId, Locale locale) {
        Evaluation evaluation = EvaluationFixtures.evaluation(standardId);
        SelfEvaluationData data = new SelfEvaluationData(
                evaluation,
                EvaluationFixtures.COUNTY.code(),
                List.of(),
                CountyInputs.none(EvaluationFixtures.COUNTY.code(), EvaluationFixtures.YEAR),
                PROVENANCE);
        return new SelfEvaluationReportBuilder(locale).build(data);
    }

    private static List<String> chapters(ReportDocument document) {
        return document.blocks().stream()
                .filter(b -> b instanceof Block.Heading h && h.level() == 1)
                .map(b -> ((Block.Heading) b).text())
                .toList();
    }

    @Test
    void chaptersComeInTheIssuesOrder() {
        assertThat(chapters(build("cn-2017-quality", Locale.ENGLISH)))
                .containsExactly(
                        "1 Summary",
                        "2 Resource allocation",
                        "3 Urban, town and rural schools",
                        "4 Trend over school years",
                        "5 Government guarantee, quality, social recognition and veto items",
                        "6 Schools not meeting the per-school rule",
                        "7 Closing the gaps",
                        "Appendix A Method",
                        "Appendix B Data provenance");
        assertThat(build("cn-2017-quality", Locale.ENGLISH).blocks().getFirst()).isInstanceOf(Block.Cover.class);
    }

    @Test
    void missingInputsGiveAWarningNamingEveryItemThatCannotBeJudged() {
        ReportDocument document = build("cn-2017-quality", Locale.SIMPLIFIED_CHINESE);
        Block.Notice incomplete = document.blocks().stream()
                .filter(b -> b instanceof Block.Notice n && n.tone() == Tone.WARNING)
                .map(Block.Notice.class::cast)
                .findFirst()
                .orElseThrow();
        long missingItems = EvaluationFixtures.evaluation("cn-2017-quality").counties().getFirst().items().stream()
                .filter(i -> i.status() == ItemStatus.MISSING)
                .count();
        assertThat(incomplete.title()).isEqualTo("材料不全：以下部分缺少材料，暂不作判定");
        // One line saying no inputs file was given, then one per item lacking inputs.
        assertThat(incomplete.lines()).hasSize(1 + (int) missingItems);
        assertThat(incomplete.lines()).anyMatch(l -> l.startsWith("政府保障程度 — ") && l.contains("teacher_avg_pay_yuan"));
    }

    @Test
    void basicStandardHasNoPerSchoolRuleSoNoShortfallsButTheCompositeLimit() {
        ReportDocument document = build("cn-2012-basic", Locale.ENGLISH);
        assertThat(document.blocks())
                .contains(new Block.Paragraph(
                        "This standard sets no per-school values, so there are no shortfalls to report."))
                .anyMatch(b -> b instanceof Block.Chart c
                        && c.chart().reference() != null
                        && c.chart().reference().label().equals("composite limit 0.65"));
    }

    @Test
    void aSegmentWithoutSchoolsIsNamedAsNotEvaluated() {
        List<SchoolYear> primaryOnly = EvaluationFixtures.schools().stream()
                .filter(s -> s.junior().students() == 0)
                .toList();
        Evaluation evaluation = new YearEvaluator(StandardCatalogue.shipped("cn-2017-quality"))
                .evaluate(primaryOnly, EvaluationFixtures.YEAR, Map.of());
        ReportDocument document = new SelfEvaluationReportBuilder(Locale.ENGLISH)
                .build(new SelfEvaluationData(
                        evaluation,
                        EvaluationFixtures.COUNTY.code(),
                        List.of(),
                        CountyInputs.none(EvaluationFixtures.COUNTY.code(), EvaluationFixtures.YEAR),
                        PROVENANCE));
        assertThat(document.blocks())
                .anyMatch(b -> b instanceof Block.Notice n
                        && n.lines()
                                .contains(
                                        "Junior secondary: no school part in scope, so this segment is not evaluated"));
    }

    @Test
    void bothLanguagesHaveEveryLabel() throws IOException {
        Properties english = labels("labels.properties");
        Properties chinese = labels("labels_zh.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    private static Properties labels(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SelfEvaluationReportBuilderTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
