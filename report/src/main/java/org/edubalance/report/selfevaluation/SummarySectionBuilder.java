package org.edubalance.report.selfevaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.ItemResult;
import org.edubalance.core.evaluation.ItemStatus;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.evaluation.Verdict;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.ItemPart;
import org.edubalance.report.document.Block;
import org.edubalance.report.document.Tone;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;

/**
 * Builds chapter 1: the verdict in a sentence, what is incomplete (every item lacking an input, with the inputs, and
 * every segment without schools), the resource result per segment and the item results per part.
 */
final class SummarySectionBuilder {

    List<Block> build(CountyContext ctx) {
        CountyEvaluation county = ctx.county();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ctx.text("summary.heading")));
        blocks.add(new Block.Notice(
                toneOf(county.verdict()), ctx.labels().verdict(county.verdict()), List.of(verdictSentence(ctx))));
        List<String> incomplete = incompleteParts(ctx);
        if (!incomplete.isEmpty()) {
            blocks.add(new Block.Notice(Tone.WARNING, ctx.text("summary.incomplete.title"), incomplete));
        }
        blocks.add(segmentTable(ctx));
        if (!county.items().isEmpty()) {
            blocks.add(itemTable(ctx));
        }
        return blocks;
    }

    static Tone toneOf(Verdict verdict) {
        return switch (verdict) {
            case MET -> Tone.GOOD;
            case NOT_MET -> Tone.BAD;
            case INCOMPLETE -> Tone.WARNING;
        };
    }

    private static String verdictSentence(CountyContext ctx) {
        CountyEvaluation county = ctx.county();
        if (county.verdict() != Verdict.NOT_MET) {
            return ctx.text("summary.verdict." + county.verdict().name());
        }
        List<String> failures = new ArrayList<>();
        List<String> failedSegments = county.segments().stream()
                .filter(s -> !s.pass())
                .map(s -> ctx.labels().segment(s.segment()))
                .toList();
        if (!failedSegments.isEmpty()) {
            failures.add(ctx.text("summary.failures.resource", String.join("、", failedSegments)));
        }
        long notMet = county.items().stream()
                .filter(i -> i.status() == ItemStatus.NOT_MET)
                .count();
        if (notMet > 0) {
            failures.add(ctx.text("summary.failures.items", notMet));
        }
        return ctx.text("summary.verdict.NOT_MET", String.join("; ", failures));
    }

    /** The parts of the report that cannot be judged, each in a line; empty when nothing is missing. */
    static List<String> incompleteParts(CountyContext ctx) {
        List<String> lines = new ArrayList<>();
        if (ctx.inputs().inputByName().isEmpty()
                && ctx.county().items().stream().anyMatch(i -> i.status() == ItemStatus.MISSING)) {
            lines.add(ctx.text("summary.incomplete.none"));
        }
        for (Segment segment : Segment.values()) {
            if (ctx.county().segment(segment).isEmpty()) {
                lines.add(ctx.text("summary.incomplete.segment", ctx.labels().segment(segment)));
            }
        }
        for (ItemResult item : ctx.county().items()) {
            if (item.status() == ItemStatus.MISSING) {
                lines.add(ctx.text(
                        "summary.incomplete.item",
                        ctx.labels().part(item.item().part()),
                        ctx.labels().of(item.item().name()),
                        String.join(", ", item.missingInputs())));
            }
        }
        return lines;
    }

    private static Block segmentTable(CountyContext ctx) {
        List<ReportRow> rows = new ArrayList<>();
        for (SegmentEvaluation s : ctx.county().segments()) {
            long within = s.indicators().stream()
                    .filter(i -> Boolean.TRUE.equals(i.cvPass()))
                    .count();
            boolean perIndicator = s.indicators().stream().anyMatch(i -> i.cvLimit() != null);
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(ctx.labels().segment(s.segment())),
                    ReportCell.integer(s.schoolCount()),
                    ReportCell.integer(s.studentCount()),
                    ctx.standard().schoolRule() == null
                            ? ReportCell.text(ctx.text("none"))
                            : ReportCell.integer(s.compliantSchools()),
                    perIndicator
                            ? ReportCell.text(within + " / " + s.indicators().size())
                            : ReportCell.text(ctx.text("none")),
                    ReportCell.number(s.compositeCv(), Figures.CV_SCALE),
                    ReportCell.text(ctx.labels().pass(s.pass())))));
        }
        return new Block.Table(
                ctx.text("summary.segments"),
                List.of(
                        ctx.text("col.segment"),
                        ctx.text("col.schools"),
                        ctx.text("col.students"),
                        ctx.text("col.compliant"),
                        ctx.text("col.cvsWithin"),
                        ctx.text("col.composite"),
                        ctx.text("col.result")),
                rows,
                List.of());
    }

    private static Block itemTable(CountyContext ctx) {
        Map<ItemPart, int[]> countsByPart = new EnumMap<>(ItemPart.class);
        for (ItemResult item : ctx.county().items()) {
            int[] counts = countsByPart.computeIfAbsent(item.item().part(), p -> new int[3]);
            counts[item.status().ordinal()]++;
        }
        List<ReportRow> rows = new ArrayList<>();
        countsByPart.forEach((part, counts) -> rows.add(ReportRow.body(List.of(
                ReportCell.text(ctx.labels().part(part)),
                ReportCell.integer(counts[0] + counts[1] + counts[2]),
                ReportCell.integer(counts[ItemStatus.MET.ordinal()]),
                ReportCell.integer(counts[ItemStatus.NOT_MET.ordinal()]),
                ReportCell.integer(counts[ItemStatus.MISSING.ordinal()])))));
        return new Block.Table(
                ctx.text("summary.items"),
                List.of(
                        ctx.text("col.part"),
                        ctx.text("col.items"),
                        ctx.text("col.met"),
                        ctx.text("col.notMet"),
                        ctx.text("col.missing")),
                rows,
                List.of());
    }

    /** Why a segment fails, in the report's language (core's reasons are English, for logs and JSON). */
    static List<String> reasons(CountyContext ctx, SegmentEvaluation s) {
        List<String> reasons = new ArrayList<>();
        for (IndicatorStatistic i : s.indicators()) {
            if (Boolean.FALSE.equals(i.cvPass())) {
                String name = ctx.labels()
                        .of(ctx.standard()
                                .indicator(i.indicatorId())
                                .orElseThrow()
                                .name());
                reasons.add(
                        Double.isNaN(i.cv())
                                ? ctx.text("resource.cvNotEvaluable", name)
                                : ctx.text("resource.cvAbove", name, Figures.cv(i.cv()), Figures.limit(i.cvLimit())));
            }
        }
        if (s.compositeLimit() != null && !ctx.standard().cv().passes(s.compositeCv(), s.segment())) {
            reasons.add(ctx.text(
                    "resource.compositeAbove", Figures.cv(s.compositeCv()), Figures.limit(s.compositeLimit())));
        }
        if (ctx.standard().schoolRule() != null && s.compliantSchools() < s.schoolCount()) {
            reasons.add(ctx.text("resource.schoolsBelowRule", s.schoolCount() - s.compliantSchools(), s.schoolCount()));
        }
        return reasons;
    }
}
