package org.edubalance.report.selfevaluation;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.SchoolRule;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.document.BarChart;
import org.edubalance.report.document.Block;
import org.edubalance.report.document.Tone;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.RowKind;

/**
 * Builds chapter 2, per segment: the county table (standard, county value, CV, limit, result per indicator, then the
 * composite), the chart of each CV against its limit, the per-school table and the chart of indicators met per
 * school.
 */
final class ResourceSectionBuilder {
    /** Circled numbers name the indicators in the per-school table, whose full names would not fit its headers. */
    private static final String MARKS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫";

    List<Block> build(CountyContext ctx) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ctx.text("resource.heading")));
        blocks.add(new Block.Paragraph(ctx.text("resource.intro")));
        for (SegmentEvaluation s : ctx.county().segments()) {
            String segment = ctx.labels().segment(s.segment());
            blocks.add(new Block.Heading(2, segment));
            List<String> reasons = SummarySectionBuilder.reasons(ctx, s);
            if (!reasons.isEmpty()) {
                blocks.add(new Block.Notice(Tone.BAD, ctx.labels().pass(false), reasons));
            }
            blocks.add(countyTable(ctx, s));
            blocks.add(new Block.Chart(cvChart(ctx, s)));
            blocks.add(schoolTable(ctx, s.segment()));
            if (ctx.standard().schoolRule() == null) {
                blocks.add(new Block.Paragraph(ctx.text("resource.noSchoolRule")));
            } else {
                blocks.add(new Block.Chart(
                        complianceChart(ctx, s.segment(), ctx.standard().schoolRule())));
            }
        }
        return blocks;
    }

    static String mark(int index) {
        return index < MARKS.length() ? String.valueOf(MARKS.charAt(index)) : "(" + (index + 1) + ")";
    }

    private static Block countyTable(CountyContext ctx, SegmentEvaluation s) {
        Standard standard = ctx.standard();
        List<ReportRow> rows = new ArrayList<>();
        for (IndicatorStatistic st : s.indicators()) {
            IndicatorDefinition indicator = standard.indicator(st.indicatorId()).orElseThrow();
            int scale = Figures.valueScale(indicator);
            double threshold = indicator.thresholdOrNaN(s.segment());
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(ctx.labels().of(indicator.name())),
                    ReportCell.text(ctx.labels().of(indicator.unit())),
                    ReportCell.number(threshold, scale),
                    ReportCell.number(st.countyValue(), scale),
                    ReportCell.number(st.cv(), Figures.CV_SCALE),
                    st.cvLimit() == null
                            ? ReportCell.text(ctx.text("none"))
                            : ReportCell.number(st.cvLimit(), Figures.LIMIT_SCALE),
                    ReportCell.text(
                            st.cvPass() == null
                                    ? ctx.text("none")
                                    : ctx.labels().pass(st.cvPass())))));
        }
        rows.add(new ReportRow(
                RowKind.TOTAL,
                List.of(
                        ReportCell.text(ctx.text("resource.compositeRow")),
                        ReportCell.blank(),
                        ReportCell.blank(),
                        ReportCell.blank(),
                        ReportCell.number(s.compositeCv(), Figures.CV_SCALE),
                        s.compositeLimit() == null
                                ? ReportCell.text(ctx.text("none"))
                                : ReportCell.number(s.compositeLimit(), Figures.LIMIT_SCALE),
                        ReportCell.text(
                                s.compositeLimit() == null
                                        ? ctx.text("none")
                                        : ctx.labels().pass(standard.cv().passes(s.compositeCv(), s.segment()))))));
        return new Block.Table(
                ctx.text("resource.county", ctx.labels().segment(s.segment())),
                List.of(
                        ctx.text("col.indicator"),
                        ctx.text("col.unit"),
                        ctx.text("col.standard"),
                        ctx.text("col.countyValue"),
                        ctx.text("col.cv"),
                        ctx.text("col.limit"),
                        ctx.text("col.result")),
                rows,
                List.of());
    }

    private static BarChart cvChart(CountyContext ctx, SegmentEvaluation s) {
        Standard standard = ctx.standard();
        double limit = standard.cv().limit(s.segment());
        double max = limit;
        List<BarChart.BarGroup> groups = new ArrayList<>();
        for (IndicatorStatistic st : s.indicators()) {
            IndicatorDefinition indicator = standard.indicator(st.indicatorId()).orElseThrow();
            Tone tone = st.cvPass() == null
                    ? (Double.isNaN(st.cv()) ? Tone.BAD : Tone.SERIES_1)
                    : st.cvPass() ? Tone.GOOD : Tone.BAD;
            groups.add(new BarChart.BarGroup(
                    ctx.labels().of(indicator.name()), List.of(new BarChart.Bar(st.cv(), Figures.cv(st.cv()), tone))));
            if (Double.isFinite(st.cv())) {
                max = Math.max(max, st.cv());
            }
        }
        boolean composite = s.compositeLimit() != null;
        if (composite) {
            Tone tone = standard.cv().passes(s.compositeCv(), s.segment()) ? Tone.GOOD : Tone.BAD;
            groups.add(new BarChart.BarGroup(
                    ctx.text("col.composite"),
                    List.of(new BarChart.Bar(s.compositeCv(), Figures.cv(s.compositeCv()), tone))));
        }
        String line = ctx.text(composite ? "resource.compositeLimitLine" : "resource.limitLine", Figures.limit(limit));
        return new BarChart(
                ctx.text("resource.cvChart", ctx.labels().segment(s.segment())),
                ctx.text("resource.cvScale"),
                niceMax(Math.min(max * 1.15, 3 * limit)),
                groups,
                new BarChart.ReferenceLine(limit, line),
                List.of());
    }

    private static Block schoolTable(CountyContext ctx, Segment segment) {
        Standard standard = ctx.standard();
        boolean rule = standard.schoolRule() != null;
        List<String> headers =
                new ArrayList<>(List.of(ctx.text("col.no"), ctx.text("col.school"), ctx.text("col.students")));
        List<String> legend = new ArrayList<>();
        for (int k = 0; k < standard.indicators().size(); k++) {
            IndicatorDefinition indicator = standard.indicators().get(k);
            headers.add(mark(k));
            double threshold = indicator.thresholdOrNaN(segment);
            legend.add(
                    Double.isNaN(threshold)
                            ? ctx.text(
                                    "resource.legendNoStandard",
                                    mark(k),
                                    ctx.labels().of(indicator.name()),
                                    ctx.labels().of(indicator.unit()))
                            : ctx.text(
                                    "resource.legend",
                                    mark(k),
                                    ctx.labels().of(indicator.name()),
                                    ctx.labels().of(indicator.unit()),
                                    Figures.fixed(threshold, Figures.valueScale(indicator))));
        }
        if (rule) {
            headers.add(ctx.text("col.metCount"));
            headers.add(ctx.text("col.schoolCompliant"));
        }
        List<ReportRow> rows = new ArrayList<>();
        int number = 1;
        for (SchoolEvaluation s : ctx.schools(segment)) {
            List<ReportCell> cells = new ArrayList<>();
            cells.add(ReportCell.integer(number++));
            cells.add(ReportCell.text(s.school().name()));
            cells.add(ReportCell.integer(s.part().students()));
            for (int k = 0; k < s.scores().size(); k++) {
                cells.add(ReportCell.number(
                        s.scores().get(k).value(),
                        Figures.valueScale(standard.indicators().get(k))));
            }
            if (rule) {
                cells.add(ReportCell.integer(s.metCount()));
                cells.add(ReportCell.text(ctx.labels().yesNo(s.compliant())));
            }
            rows.add(ReportRow.body(cells));
        }
        return new Block.Table(ctx.text("resource.schools", ctx.labels().segment(segment)), headers, rows, legend);
    }

    private static BarChart complianceChart(CountyContext ctx, Segment segment, SchoolRule rule) {
        int indicators = ctx.standard().indicators().size();
        List<BarChart.BarGroup> groups = new ArrayList<>();
        for (SchoolEvaluation s : ctx.schools(segment)) {
            Tone tone = Boolean.TRUE.equals(s.compliant()) ? Tone.GOOD : Tone.BAD;
            groups.add(new BarChart.BarGroup(
                    s.school().name(), List.of(new BarChart.Bar(s.metCount(), Integer.toString(s.metCount()), tone))));
        }
        return new BarChart(
                ctx.text("resource.complianceChart", ctx.labels().segment(segment)),
                ctx.text("resource.complianceScale", indicators),
                indicators,
                groups,
                new BarChart.ReferenceLine(rule.minMet(), ctx.text("resource.minMetLine", rule.minMet())),
                List.of(
                        new BarChart.LegendEntry(Tone.GOOD, ctx.text("resource.compliantLegend")),
                        new BarChart.LegendEntry(Tone.BAD, ctx.text("resource.notCompliantLegend"))));
    }

    /** A round scale end at or above {@code value}: 1, 2 or 5 times a power of ten, in tenths. */
    static double niceMax(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= value - 1e-12) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
