package org.edubalance.report.equity;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.standard.CvMode;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;

/**
 * Builds the composite-CV table of the 2012 basic-balance method (教督〔2012〕3号, docs/standards.md §2.4), as the national
 * inspection tables print it: one row per county and segment with each indicator's CV, the 综合差异系数 and, under a
 * composite pack, its limit and whether it passes.
 *
 * <ul>
 *   <li>Single CVs are rounded half-up to 3 decimals; the composite is the mean of the <em>unrounded</em> CVs, then
 *       rounded to 3 (docs/standards.md §10: only that reproduces every published composite).
 *   <li>Under a per-indicator pack (2017) the composite is shown for information: limit and pass are {@code —}, and
 *       the title says the 2012 test uses the eight indicators of {@code cn-2012-basic}.
 *   <li>An undefined CV shows {@code —}, and so does a composite that includes one.
 * </ul>
 */
final class CompositeCvFormBuilder {
    static final String COUNTY = "县（市、区）";
    static final String SEGMENT = "学段";
    static final String COMPOSITE = "综合差异系数";
    static final String LIMIT = "综合差异系数限值";
    static final String PASS = "是否达标";

    private final Standard standard;

    CompositeCvFormBuilder(Standard standard) {
        this.standard = standard;
    }

    ReportSheet build(Evaluation evaluation) {
        boolean composite = standard.cv().mode() == CvMode.COMPOSITE_MEAN;
        List<String> headers = new ArrayList<>(List.of(COUNTY, SEGMENT));
        List<String> notes = new ArrayList<>(List.of("County", "Segment"));
        for (IndicatorDefinition i : standard.indicators()) {
            headers.add(i.name().zh());
            notes.add("CV: " + i.name().en());
        }
        headers.addAll(List.of(COMPOSITE, LIMIT, PASS));
        notes.addAll(List.of("Composite CV (mean of the unrounded CVs)", "Composite limit", "Passes"));
        List<ReportRow> rows = new ArrayList<>();
        for (CountyEvaluation county : evaluation.counties()) {
            for (SegmentEvaluation s : county.segments()) {
                List<ReportCell> cells = new ArrayList<>();
                cells.add(ReportCell.text(Wording.county(county.county())));
                cells.add(ReportCell.text(s.segment().chineseName()));
                for (IndicatorStatistic st : s.indicators()) {
                    cells.add(ReportCell.number(st.cv(), CountyFormBuilder.CV_SCALE));
                }
                cells.add(ReportCell.number(s.compositeCv(), CountyFormBuilder.CV_SCALE));
                if (composite && s.compositeLimit() != null) {
                    cells.add(ReportCell.number(s.compositeLimit(), CountyFormBuilder.LIMIT_SCALE));
                    cells.add(ReportCell.text(Wording.yesNo(standard.cv().passes(s.compositeCv(), s.segment()))));
                } else {
                    cells.add(ReportCell.text(ReportCell.NOT_AVAILABLE));
                    cells.add(ReportCell.text(ReportCell.NOT_AVAILABLE));
                }
                rows.add(ReportRow.body(cells));
            }
        }
        List<String> titles = new ArrayList<>();
        titles.add("县域义务教育校际均衡状况综合差异系数表（教督〔2012〕3号）  ·  Composite coefficient of variation"
                + " (2012 basic-balance method)");
        titles.add(Wording.standardLine(standard, evaluation.year()));
        titles.add("单项差异系数保留三位小数（四舍五入）；综合差异系数为各项未经舍入差异系数的平均值。"
                + "  ·  CVs to 3 decimals (half-up); the composite is the mean of the unrounded CVs.");
        if (!composite) {
            titles.add("本标准逐项考核差异系数，综合差异系数仅供参考；2012 年办法按 cn-2012-basic 的 8 项指标考核。"
                    + "  ·  This standard tests each CV; the composite is for information (the 2012 test uses the"
                    + " eight indicators of cn-2012-basic).");
        }
        return new ReportSheet(
                ApplicationFormReportBuilder.COMPOSITE_FORM, titles, headers, notes, 2, ReportRows.of(rows));
    }
}
