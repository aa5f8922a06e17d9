package org.edubalance.report.selfevaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.gap.LocationComparison;
import org.edubalance.core.school.Location;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.report.document.BarChart;
import org.edubalance.report.document.Block;
import org.edubalance.report.document.Tone;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;

/**
 * Builds chapter 3: per segment, the pooled urban, town and rural values of every indicator with their ratios to the
 * rural value, and a chart of the three as percentages of the county value (indicators have different units, so the
 * county value is the common yardstick).
 */
final class LocationSectionBuilder {
    private static final Tone[] TONES = {Tone.SERIES_1, Tone.SERIES_2, Tone.SERIES_3};

    List<Block> build(CountyContext ctx) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ctx.text("location.heading")));
        blocks.add(new Block.Paragraph(ctx.text("location.intro")));
        for (SegmentEvaluation s : ctx.county().segments()) {
            List<LocationComparison> comparisons = ctx.gap().locations().stream()
                    .filter(l -> l.segment() == s.segment())
                    .toList();
            blocks.add(new Block.Heading(2, ctx.labels().segment(s.segment())));
            blocks.add(table(ctx, s, comparisons));
            blocks.add(new Block.Chart(chart(ctx, s, comparisons)));
        }
        return blocks;
    }

    private static Block table(CountyContext ctx, SegmentEvaluation s, List<LocationComparison> comparisons) {
        List<ReportRow> rows = new ArrayList<>();
        for (LocationComparison c : comparisons) {
            IndicatorDefinition indicator =
                    ctx.standard().indicator(c.indicatorId()).orElseThrow();
            int scale = Figures.valueScale(indicator);
            Map<Location, Double> values = c.valueByLocation();
            List<ReportCell> cells = new ArrayList<>();
            cells.add(ReportCell.text(ctx.labels().of(indicator.name())));
            for (Location location : Location.values()) {
                Double v = values.get(location);
                cells.add(v == null ? ReportCell.text(ctx.text("none")) : ReportCell.number(v, scale));
            }
            cells.add(ReportCell.number(c.urbanToRural(), 2));
            cells.add(ReportCell.number(c.townToRural(), 2));
            rows.add(ReportRow.body(cells));
        }
        return new Block.Table(
                ctx.text("location.table", ctx.labels().segment(s.segment())),
                List.of(
                        ctx.text("col.indicator"),
                        ctx.text("col.urban"),
                        ctx.text("col.town"),
                        ctx.text("col.rural"),
                        ctx.text("col.urbanToRural"),
                        ctx.text("col.townToRural")),
                rows,
                List.of());
    }

    private static BarChart chart(CountyContext ctx, SegmentEvaluation s, List<LocationComparison> comparisons) {
        List<BarChart.BarGroup> groups = new ArrayList<>();
        double max = 1;
        for (LocationComparison c : comparisons) {
            IndicatorDefinition indicator =
                    ctx.standard().indicator(c.indicatorId()).orElseThrow();
            double county = s.indicator(c.indicatorId())
                    .map(IndicatorStatistic::countyValue)
                    .orElse(Double.NaN);
            List<BarChart.Bar> bars = new ArrayList<>();
            Map<Location, Double> values = c.valueByLocation();
            for (Location location : Location.values()) {
                Double v = values.get(location);
                double share = v == null || !(county > 0) ? Double.NaN : v / county;
                bars.add(new BarChart.Bar(
                        share,
                        Double.isNaN(share) ? ctx.text("none") : Figures.percent(share),
                        TONES[location.ordinal()]));
                if (Double.isFinite(share)) {
                    max = Math.max(max, share);
                }
            }
            groups.add(new BarChart.BarGroup(ctx.labels().of(indicator.name()), bars));
        }
        List<BarChart.LegendEntry> legend = new ArrayList<>();
        for (Location location : Location.values()) {
            legend.add(new BarChart.LegendEntry(
                    TONES[location.ordinal()], ctx.labels().location(location)));
        }
        return new BarChart(
                ctx.text("location.chart", ctx.labels().segment(s.segment())),
                ctx.text("location.scale"),
                ResourceSectionBuilder.niceMax(Math.min(max * 1.1, 4)),
                groups,
                new BarChart.ReferenceLine(1, ctx.text("location.countyLine")),
                legend);
    }
}
