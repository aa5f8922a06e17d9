package org.edubalance.report.selfevaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.CvMode;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.report.document.Block;
import org.edubalance.report.document.TrendChart;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;

/**
 * Builds chapter 4: when the data hold the county in several school years, the verdict per year and, per segment,
 * each indicator's CV over the years against the limit (and the composite under a composite pack).
 */
final class TrendSectionBuilder {

    List<Block> build(CountyContext ctx) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ctx.text("trend.heading")));
        List<CountyEvaluation> years = years(ctx);
        if (years.size() < 2) {
            blocks.add(new Block.Paragraph(ctx.text("trend.single")));
            return blocks;
        }
        List<String> periods =
                years.stream().map(c -> c.year() + "–" + (c.year() + 1)).toList();
        List<ReportRow> verdicts = new ArrayList<>();
        for (CountyEvaluation c : years) {
            verdicts.add(ReportRow.body(List.of(
                    ReportCell.text(c.year() + "–" + (c.year() + 1)),
                    ReportCell.text(ctx.labels().verdict(c.verdict())))));
        }
        blocks.add(new Block.Table(
                ctx.text("trend.verdicts"),
                List.of(ctx.text("col.year"), ctx.text("col.verdict")),
                verdicts,
                List.of()));
        for (Segment segment : Segment.values()) {
            if (ctx.county().segment(segment).isPresent()) {
                blocks.add(new Block.Trend(chart(ctx, segment, years, periods)));
            }
        }
        return blocks;
    }

    /** The county's evaluation in every year held, oldest first (the reported year included once). */
    private static List<CountyEvaluation> years(CountyContext ctx) {
        List<CountyEvaluation> years = new ArrayList<>();
        years.add(ctx.county());
        for (Evaluation e : ctx.data().history()) {
            if (e.year() == ctx.evaluation().year()) {
                continue;
            }
            e.counties().stream()
                    .filter(c -> c.county().code().equals(ctx.county().county().code()))
                    .findFirst()
                    .ifPresent(years::add);
        }
        years.sort(Comparator.comparingInt(CountyEvaluation::year));
        return years;
    }

    private static TrendChart chart(
            CountyContext ctx, Segment segment, List<CountyEvaluation> years, List<String> periods) {
        List<TrendChart.TrendLine> lines = new ArrayList<>();
        for (IndicatorDefinition indicator : ctx.standard().indicators()) {
            List<Double> values = new ArrayList<>();
            for (CountyEvaluation c : years) {
                values.add(c.segment(segment)
                        .flatMap(s -> s.indicator(indicator.id()))
                        .map(IndicatorStatistic::cv)
                        .orElse(Double.NaN));
            }
            lines.add(line(ctx.labels().of(indicator.name()), values));
        }
        if (ctx.standard().cv().mode() == CvMode.COMPOSITE_MEAN) {
            List<Double> values = new ArrayList<>();
            for (CountyEvaluation c : years) {
                Optional<SegmentEvaluation> s = c.segment(segment);
                values.add(s.map(SegmentEvaluation::compositeCv).orElse(Double.NaN));
            }
            lines.add(line(ctx.text("col.composite"), values));
        }
        return new TrendChart(
                ctx.text("trend.chart", ctx.labels().segment(segment)),
                periods,
                lines,
                ctx.standard().cv().limit(segment),
                ctx.text("trend.limit"));
    }

    private static TrendChart.TrendLine line(String label, List<Double> values) {
        return new TrendChart.TrendLine(
                label, values, values.stream().map(Figures::cv).toList());
    }
}
