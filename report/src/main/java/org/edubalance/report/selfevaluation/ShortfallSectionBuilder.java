package org.edubalance.report.selfevaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.gap.ShortfallTotal;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Quantity;
import org.edubalance.core.standard.SchoolRule;
import org.edubalance.report.document.Block;
import org.edubalance.report.document.Tone;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;

/**
 * Builds chapters 6 and 7: the schools that do not meet the per-school rule, each with its shortfalls in natural
 * units (to the standard and to the floor), then the county totals that would close every gap, with a one-line sum
 * per unit (teachers, m², yuan, rooms).
 */
final class ShortfallSectionBuilder {

    List<Block> build(CountyContext ctx) {
        List<Block> blocks = new ArrayList<>();
        SchoolRule rule = ctx.standard().schoolRule();
        blocks.add(new Block.Heading(1, ctx.text("shortfalls.heading")));
        if (rule == null) {
            blocks.add(new Block.Paragraph(ctx.text("shortfalls.noRule")));
            return blocks;
        }
        String floor = Figures.percent(rule.floorRatio());
        blocks.add(new Block.Paragraph(ctx.text("shortfalls.intro", floor)));
        boolean any = false;
        for (Segment segment : Segment.values()) {
            List<ReportRow> rows = nonCompliantRows(ctx, segment);
            if (!rows.isEmpty()) {
                any = true;
                blocks.add(new Block.Table(
                        ctx.labels().segment(segment),
                        headers(ctx, floor),
                        rows,
                        List.of(),
                        List.of(34, 9, 9, 12, 12, 24)));
            }
        }
        if (!any) {
            blocks.add(new Block.Paragraph(ctx.text("shortfalls.none")));
        }
        blocks.add(new Block.Heading(1, ctx.text("gaps.heading")));
        blocks.addAll(gapClosing(ctx, floor));
        return blocks;
    }

    private static List<String> headers(CountyContext ctx, String floor) {
        return List.of(
                ctx.text("col.indicator"),
                ctx.text("col.value"),
                ctx.text("col.standard"),
                ctx.text("col.toStandard"),
                ctx.text("col.toFloor", floor),
                ctx.text("col.add"));
    }

    private static List<ReportRow> nonCompliantRows(CountyContext ctx, Segment segment) {
        List<ReportRow> rows = new ArrayList<>();
        int indicators = ctx.standard().indicators().size();
        for (SchoolEvaluation s : ctx.schools(segment)) {
            if (!Boolean.FALSE.equals(s.compliant())) {
                continue;
            }
            rows.add(ReportRow.section(ctx.text(
                    "shortfalls.school",
                    s.school().name(),
                    s.school().code().value(),
                    ctx.labels().segment(segment),
                    s.metCount(),
                    indicators)));
            for (Shortfall f : ctx.gap().shortfalls()) {
                if (f.school().equals(s.school().code()) && f.segment() == segment) {
                    rows.add(shortfallRow(ctx, f));
                }
            }
        }
        return rows;
    }

    private static ReportRow shortfallRow(CountyContext ctx, Shortfall f) {
        IndicatorDefinition indicator =
                ctx.standard().indicator(f.indicatorId()).orElseThrow();
        int scale = Figures.valueScale(indicator);
        int amount = Figures.amountScale(f.quantity());
        return ReportRow.body(List.of(
                ReportCell.text(ctx.labels().of(indicator.name())),
                ReportCell.number(f.value(), scale),
                ReportCell.number(f.threshold(), scale),
                ReportCell.number(f.toThreshold(), amount),
                ReportCell.number(f.toFloor(), amount),
                ReportCell.text(what(ctx, f.quantity()))));
    }

    private static String what(CountyContext ctx, Quantity quantity) {
        return ctx.labels().unit(quantity) + " · "
                + ("zh".equals(ctx.labels().locale().getLanguage()) ? quantity.chineseName() : quantity.englishName());
    }

    private static List<Block> gapClosing(CountyContext ctx, String floor) {
        List<Block> blocks = new ArrayList<>();
        List<ShortfallTotal> totals = ctx.gap().totals();
        if (totals.isEmpty()) {
            blocks.add(new Block.Paragraph(ctx.text("gaps.noneNeeded")));
            return blocks;
        }
        blocks.add(new Block.Paragraph(ctx.text("gaps.intro", floor)));
        Map<String, Double> byUnit = new LinkedHashMap<>();
        for (Segment segment : Segment.values()) {
            List<ReportRow> rows = new ArrayList<>();
            for (ShortfallTotal t : totals) {
                if (t.segment() != segment) {
                    continue;
                }
                IndicatorDefinition indicator =
                        ctx.standard().indicator(t.indicatorId()).orElseThrow();
                int amount = Figures.amountScale(t.quantity());
                rows.add(ReportRow.body(List.of(
                        ReportCell.text(ctx.labels().of(indicator.name())),
                        ReportCell.integer(t.schools()),
                        ReportCell.number(t.toThreshold(), amount),
                        ReportCell.number(t.toFloor(), amount),
                        ReportCell.text(what(ctx, t.quantity())))));
                byUnit.merge(ctx.labels().unit(t.quantity()) + "|" + amount, t.toThreshold(), Double::sum);
            }
            if (!rows.isEmpty()) {
                blocks.add(new Block.Table(
                        ctx.text("gaps.table", ctx.labels().segment(segment)),
                        List.of(
                                ctx.text("col.indicator"),
                                ctx.text("col.schools"),
                                ctx.text("col.toStandard"),
                                ctx.text("col.toFloor", floor),
                                ctx.text("col.add")),
                        rows,
                        List.of(),
                        List.of(36, 8, 13, 13, 30)));
            }
        }
        List<String> sums = new ArrayList<>();
        byUnit.forEach((key, sum) -> {
            String[] unitAndScale = key.split("\\|");
            sums.add(Figures.fixed(sum, Integer.parseInt(unitAndScale[1])) + " " + unitAndScale[0]);
        });
        blocks.add(new Block.Notice(
                Tone.NEUTRAL,
                ctx.text("gaps.summary", String.join(", ", sums)),
                List.of(ctx.text("gaps.teachersNote"))));
        return blocks;
    }
}
