package org.edubalance.report.equity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.jspecify.annotations.Nullable;

/**
 * Builds 表Ⅲ, the county table of the application form (docs/standards.md §10): per county, the rows 全县平均值 and
 * 差异系数 for 小学 and for 初中, over the pack's indicators and a 综合 column.
 *
 * <ul>
 *   <li>全县平均值 is the pooled county value ({@code per × Σ numerators ÷ Σ students}), rounded half-up to 2
 *       decimals (3 for teachers per student, see {@link SchoolFormBuilder#valueScale}); its 综合 cell is blank (a
 *       mean of different units means nothing).
 *   <li>差异系数 is the enrolment-weighted CV rounded half-up to 3 decimals; 综合 is the composite, the mean of the
 *       <em>unrounded</em> CVs (§10: only that reproduces every published composite), shown to 3 decimals. An
 *       undefined CV (county value 0) shows {@code —}.
 *   <li>A segment without schools keeps its two rows, filled with {@code —}, so every county has the form's shape.
 *   <li>After the official rows come EduBalance additions, marked ※ and set apart as {@link RowKind#ADDITION}: the CV
 *       limit and whether the CV passes, per indicator under a per-indicator pack (2017) or in the 综合 column under
 *       a composite pack (2012).
 * </ul>
 */
final class CountyFormBuilder {
    static final int LIMIT_SCALE = 2;
    static final int CV_SCALE = 3;
    static final String MEAN_ROW = "全县平均值";
    static final String CV_ROW = "差异系数";
    static final String LIMIT_ROW = "差异系数限值 ※";
    static final String PASS_ROW = "差异系数是否达标 ※";

    private final Standard standard;

    CountyFormBuilder(Standard standard) {
        this.standard = standard;
    }

    ReportSheet build(Evaluation evaluation) {
        List<String> headers = new ArrayList<>(List.of("学段", "项目"));
        List<String> notes = new ArrayList<>(List.of("Segment", "Row"));
        for (IndicatorDefinition i : standard.indicators()) {
            headers.add(i.name().zh());
            notes.add(Wording.englishNote(i));
        }
        headers.add("综合");
        notes.add("Composite CV (mean of the unrounded CVs)");
        List<ReportRow> rows = new ArrayList<>();
        for (CountyEvaluation county : evaluation.counties()) {
            rows.add(ReportRow.section(Wording.county(county.county())));
            for (Segment segment : Segment.values()) {
                Optional<SegmentEvaluation> s = county.segment(segment);
                rows.add(official(
                        segment,
                        MEAN_ROW,
                        s,
                        (st, indicator) -> ReportCell.number(st.countyValue(), SchoolFormBuilder.valueScale(indicator)),
                        null));
                rows.add(official(
                        segment,
                        CV_ROW,
                        s,
                        (st, indicator) -> ReportCell.number(st.cv(), CV_SCALE),
                        s.map(e -> ReportCell.number(e.compositeCv(), CV_SCALE)).orElse(null)));
            }
            for (Segment segment : Segment.values()) {
                county.segment(segment).ifPresent(s -> {
                    rows.add(limitRow(s));
                    rows.add(passRow(s));
                });
            }
        }
        List<String> titles = List.of(
                "表Ⅲ 县域义务教育学校校际差异系数  ·  Table III County means and coefficients of variation",
                Wording.standardLine(standard, evaluation.year()),
                "全县平均值保留两位小数，差异系数保留三位小数（四舍五入）；综合为各项差异系数（未经舍入）的平均值。"
                        + "  ·  County means to 2 decimals, CVs to 3 (half-up); 综合 is the mean of the unrounded CVs.",
                "※ 为 EduBalance 补充行（差异系数限值及是否达标），不属于申报表。"
                        + "  ·  Rows marked ※ are EduBalance additions (CV limit and pass), not part of the official form.");
        return new ReportSheet(
                ApplicationFormReportBuilder.COUNTY_FORM, titles, headers, notes, 2, ReportRows.of(rows));
    }

    private ReportRow official(
            Segment segment,
            String label,
            Optional<SegmentEvaluation> evaluation,
            BiFunction<IndicatorStatistic, IndicatorDefinition, ReportCell> cell,
            @Nullable ReportCell composite) {
        List<ReportCell> cells = new ArrayList<>();
        cells.add(ReportCell.text(segment.chineseName()));
        cells.add(ReportCell.text(label));
        for (int k = 0; k < standard.indicators().size(); k++) {
            int index = k;
            cells.add(evaluation
                    .map(e -> cell.apply(
                            e.indicators().get(index), standard.indicators().get(index)))
                    .orElse(ReportCell.text(ReportCell.NOT_AVAILABLE)));
        }
        cells.add(
                composite != null
                        ? composite
                        : evaluation.isPresent() ? ReportCell.blank() : ReportCell.text(ReportCell.NOT_AVAILABLE));
        return ReportRow.body(cells);
    }

    private ReportRow limitRow(SegmentEvaluation s) {
        List<ReportCell> cells = lead(s.segment(), LIMIT_ROW);
        for (IndicatorStatistic st : s.indicators()) {
            cells.add(
                    st.cvLimit() == null
                            ? ReportCell.text(ReportCell.NOT_AVAILABLE)
                            : ReportCell.number(st.cvLimit(), LIMIT_SCALE));
        }
        cells.add(
                s.compositeLimit() == null
                        ? ReportCell.text(ReportCell.NOT_AVAILABLE)
                        : ReportCell.number(s.compositeLimit(), LIMIT_SCALE));
        return new ReportRow(RowKind.ADDITION, cells);
    }

    private ReportRow passRow(SegmentEvaluation s) {
        List<ReportCell> cells = lead(s.segment(), PASS_ROW);
        for (IndicatorStatistic st : s.indicators()) {
            cells.add(ReportCell.text(Wording.yesNo(st.cvPass())));
        }
        @Nullable
        Boolean compositePass =
                s.compositeLimit() == null ? null : standard.cv().passes(s.compositeCv(), s.segment());
        cells.add(ReportCell.text(Wording.yesNo(compositePass)));
        return new ReportRow(RowKind.ADDITION, cells);
    }

    private static List<ReportCell> lead(Segment segment, String label) {
        List<ReportCell> cells = new ArrayList<>();
        cells.add(ReportCell.text(segment.chineseName()));
        cells.add(ReportCell.text(label));
        return cells;
    }
}
