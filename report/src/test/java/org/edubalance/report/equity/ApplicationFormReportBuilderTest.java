package org.edubalance.report.equity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.gap.CvDriver;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.LocationComparison;
import org.edubalance.core.school.Segment;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.edubalance.report.wording.FindingWords;
import org.edubalance.statistics.inequality.TheilDecomposition;
import org.junit.jupiter.api.Test;

class ApplicationFormReportBuilderTest {
    private final Evaluation evaluation = EvaluationFixtures.evaluation("cn-2017-quality");
    private final Report report = new ApplicationFormReportBuilder(Locale.SIMPLIFIED_CHINESE)
            .build(evaluation, EvaluationFixtures.gaps(evaluation));

    @Test
    void schoolTableHasOneNumberedBlockPerSegmentPrimaryFirst() {
        List<ReportRow> rows =
                report.sheet(ApplicationFormReportBuilder.SCHOOL_FORM).rows();
        assertThat(rows)
                .extracting(ReportRow::kind)
                .containsExactly(
                        RowKind.SECTION,
                        RowKind.BODY,
                        RowKind.BODY,
                        RowKind.BODY,
                        RowKind.SECTION,
                        RowKind.BODY,
                        RowKind.BODY);
        assertThat(rows)
                .extracting(r -> r.cells().getFirst())
                .containsExactly(
                        ReportCell.text("测试省 测试市 测试县（130199） · 小学 Primary"),
                        ReportCell.integer(1),
                        ReportCell.integer(2),
                        ReportCell.integer(3),
                        ReportCell.text("测试省 测试市 测试县（130199） · 初中 Junior secondary"),
                        ReportCell.integer(1),
                        ReportCell.integer(2));
    }

    @Test
    void gradesAreSixForPrimaryThreeForJuniorAndTheClassCountForATeachingPoint() {
        List<ReportRow> rows =
                report.sheet(ApplicationFormReportBuilder.SCHOOL_FORM).rows();
        assertThat(row(rows, "城关第一小学").cells().get(4)).isEqualTo(ReportCell.integer(6));
        assertThat(row(rows, "城关中学").cells().get(4)).isEqualTo(ReportCell.integer(3));
        assertThat(row(rows, "河湾教学点").cells().get(4)).isEqualTo(ReportCell.integer(3));
        assertThat(row(rows, "河湾教学点").cells().getLast()).isEqualTo(ReportCell.text("教学点"));
    }

    @Test
    void splitSchoolShowsEachPartsStudentsAndClasses() {
        List<ReportRow> rows =
                report.sheet(ApplicationFormReportBuilder.SCHOOL_FORM).rows();
        List<ReportRow> parts = rows.stream()
                .filter(r -> r.kind() == RowKind.BODY && r.cells().get(1).equals(ReportCell.text("柳镇九年一贯制学校")))
                .toList();
        assertThat(parts)
                .extracting(r -> r.cells().get(3))
                .containsExactly(ReportCell.integer(166), ReportCell.integer(210));
        assertThat(parts)
                .extracting(r -> r.cells().getLast())
                .containsExactly(ReportCell.text("九年一贯制学校小学部"), ReportCell.text("九年一贯制学校初中部"));
    }

    @Test
    void countyTableMarksEduBalanceRowsAsAdditionsAfterTheOfficialRows() {
        List<ReportRow> rows =
                report.sheet(ApplicationFormReportBuilder.COUNTY_FORM).rows();
        assertThat(rows)
                .extracting(
                        r -> r.cells().size() > 1 ? r.cells().get(1) : r.cells().getFirst())
                .containsExactly(
                        ReportCell.text("测试省 测试市 测试县（130199）"),
                        ReportCell.text("全县平均值"),
                        ReportCell.text("差异系数"),
                        ReportCell.text("全县平均值"),
                        ReportCell.text("差异系数"),
                        ReportCell.text("差异系数限值 ※"),
                        ReportCell.text("差异系数是否达标 ※"),
                        ReportCell.text("差异系数限值 ※"),
                        ReportCell.text("差异系数是否达标 ※"));
        assertThat(rows.subList(5, 9)).extracting(ReportRow::kind).containsOnly(RowKind.ADDITION);
    }

    @Test
    void countyTableKeepsTheFormShapeForASegmentWithoutSchools() {
        Evaluation primaryOnly = new YearEvaluator(evaluation.standard())
                .evaluate(
                        EvaluationFixtures.schools().stream()
                                .filter(s -> !s.junior().hasStudents())
                                .toList(),
                        EvaluationFixtures.YEAR,
                        Map.of());
        List<ReportRow> rows = new ApplicationFormReportBuilder(Locale.ENGLISH)
                .build(primaryOnly, Map.of())
                .sheet(ApplicationFormReportBuilder.COUNTY_FORM)
                .rows();
        ReportRow juniorCv = rows.get(4);
        assertThat(juniorCv.cells().subList(0, 2)).containsExactly(ReportCell.text("初中"), ReportCell.text("差异系数"));
        assertThat(juniorCv.cells().subList(2, juniorCv.cells().size())).containsOnly(ReportCell.text("—"));
        assertThat(rows).hasSize(1 + 4 + 2);
    }

    @Test
    void additionalSheetsFollowTheLocaleWhileTheFormsStayChinese() {
        Report english =
                new ApplicationFormReportBuilder(Locale.ENGLISH).build(evaluation, EvaluationFixtures.gaps(evaluation));
        ReportSheet verdict = english.sheet(ApplicationFormReportBuilder.VERDICT);
        assertThat(verdict.headers()).containsExactly("Part", "Item", "Result", "Evidence", "Missing inputs");
        assertThat(verdict.rows().get(1).cells().subList(0, 3))
                .containsExactly(
                        ReportCell.text("Verdict"),
                        ReportCell.text(evaluation.standard().title().en()),
                        ReportCell.text("Not met"));
        assertThat(english.sheet(ApplicationFormReportBuilder.SCHOOL_FORM)
                        .headers()
                        .getFirst())
                .isEqualTo("序号");
        assertThat(english.sheet(ApplicationFormReportBuilder.EXCLUDED)
                        .rows()
                        .getFirst()
                        .cells()
                        .getLast())
                .isEqualTo(ReportCell.text(FindingWords.english()
                        .word(evaluation.excluded().getFirst().excludedBecause())));
    }

    @Test
    void verdictSheetListsResourcePassPerSegment() {
        List<ReportRow> rows =
                report.sheet(ApplicationFormReportBuilder.VERDICT).rows();
        boolean primaryPass = evaluation
                .counties()
                .getFirst()
                .segment(Segment.PRIMARY)
                .orElseThrow()
                .pass();
        assertThat(rows.get(2).cells().subList(0, 3))
                .containsExactly(
                        ReportCell.text("资源配置"), ReportCell.text("小学"), ReportCell.text(primaryPass ? "通过" : "未通过"));
        assertThat(rows)
                .hasSize(
                        1 + 1 + 2 + 1 + evaluation.counties().getFirst().items().size());
    }

    @Test
    void shortfallSheetEndsEachCountyWithItsTotals() {
        List<ReportRow> rows =
                report.sheet(ApplicationFormReportBuilder.SHORTFALLS).rows();
        GapAnalysis gap = EvaluationFixtures.gaps(evaluation).get(EvaluationFixtures.COUNTY.code());
        assertThat(rows).hasSize(gap.shortfalls().size() + gap.totals().size());
        assertThat(rows.getLast().kind()).isEqualTo(RowKind.TOTAL);
        assertThat(rows.getFirst().cells().get(3))
                .isEqualTo(ReportCell.text(gap.shortfalls().getFirst().schoolName()));
    }

    @Test
    void inequalitySheetRoundsTheGapAnalysisAndNamesTheLargestCvDriverFirst() {
        GapAnalysis gap = EvaluationFixtures.gaps(evaluation).get(EvaluationFixtures.COUNTY.code());
        List<ReportRow> rows =
                report.sheet(ApplicationFormReportBuilder.INEQUALITY).rows();
        assertThat(rows).hasSize(gap.locations().size());
        int k = 0;
        while (drivers(gap, gap.locations().get(k)).isEmpty()) {
            k++;
        }
        LocationComparison key = gap.locations().get(k);
        TheilDecomposition byLocation = theil(gap, key, "location");
        TheilDecomposition byTownship = theil(gap, key, "township");
        CvDriver largest = drivers(gap, key).stream()
                .max(Comparator.comparingDouble(CvDriver::contribution))
                .orElseThrow();
        List<ReportCell> cells = rows.get(k).cells();

        assertThat(cells.subList(0, 4))
                .containsExactly(
                        ReportCell.text(EvaluationFixtures.COUNTY.code().value()),
                        ReportCell.text(EvaluationFixtures.COUNTY.name()),
                        ReportCell.text(key.segment().chineseName()),
                        ReportCell.text(evaluation.standard().indicators().stream()
                                .filter(i -> i.id().equals(key.indicatorId()))
                                .findFirst()
                                .orElseThrow()
                                .name()
                                .zh()));
        assertThat(cells.get(4)).isEqualTo(ReportCell.number(gap.weightedGini().get(k), 3));
        assertThat(cells.get(5)).isEqualTo(ReportCell.number(byLocation.total(), 4));
        assertThat(byLocation.total()).isPositive();
        assertThat(cells.get(6)).isEqualTo(ReportCell.number(100 * byLocation.between() / byLocation.total(), 1));
        assertThat(cells.get(7)).isEqualTo(ReportCell.number(100 * byTownship.between() / byTownship.total(), 1));
        assertThat(((ReportCell.Text) cells.get(8)).text()).startsWith(largest.schoolName() + " (+");
    }

    @Test
    void inequalitySheetFollowsTheLocaleAndShowsADashForAnUndefinedShare() {
        Report english =
                new ApplicationFormReportBuilder(Locale.ENGLISH).build(evaluation, EvaluationFixtures.gaps(evaluation));
        ReportSheet sheet = english.sheet(ApplicationFormReportBuilder.INEQUALITY);
        assertThat(sheet.headers().subList(4, 6)).containsExactly("Weighted Gini", "Theil T");
        assertThat(sheet.rows().getFirst().cells().get(2)).isEqualTo(ReportCell.text(Segment.PRIMARY.englishName()));
        assertThat(InequalitySheetBuilder.betweenShare(new TheilDecomposition(0, 0, 0, List.of())))
                .isEqualTo(ReportCell.text(ReportCell.NOT_AVAILABLE));
        assertThat(InequalitySheetBuilder.betweenShare(
                        new TheilDecomposition(Double.NaN, Double.NaN, Double.NaN, List.of())))
                .isEqualTo(ReportCell.text(ReportCell.NOT_AVAILABLE));
    }

    @Test
    void reportIsDatedByTheSchoolYear() {
        assertThat(report.date()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    private static TheilDecomposition theil(GapAnalysis gap, LocationComparison key, String grouping) {
        return gap.theil().stream()
                .filter(t -> t.segment() == key.segment()
                        && t.indicatorId().equals(key.indicatorId())
                        && t.grouping().equals(grouping))
                .findFirst()
                .orElseThrow()
                .decomposition();
    }

    private static List<CvDriver> drivers(GapAnalysis gap, LocationComparison key) {
        return gap.cvDrivers().stream()
                .filter(d -> d.segment() == key.segment() && d.indicatorId().equals(key.indicatorId()))
                .toList();
    }

    private static ReportRow row(List<ReportRow> rows, String school) {
        return rows.stream()
                .filter(r -> r.cells().size() > 1 && r.cells().get(1).equals(ReportCell.text(school)))
                .findFirst()
                .orElseThrow();
    }
}
