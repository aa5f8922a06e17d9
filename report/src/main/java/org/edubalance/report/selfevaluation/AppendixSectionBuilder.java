package org.edubalance.report.selfevaluation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.evaluation.ScopeDecision;
import org.edubalance.core.standard.CvMode;
import org.edubalance.core.standard.SchoolRule;
import org.edubalance.core.standard.SplitWeights;
import org.edubalance.core.standard.Standard;
import org.edubalance.report.document.Block;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;

/**
 * Builds the appendices: A, the method (formulas, tests, rounding, the pack's id and version); B, the data's
 * provenance (input files with SHA-256, generation time, software version, the county inputs as given, the schools
 * left out of scope).
 */
final class AppendixSectionBuilder {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    List<Block> build(CountyContext ctx) {
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(method(ctx));
        blocks.addAll(provenance(ctx));
        return blocks;
    }

    private static List<Block> method(CountyContext ctx) {
        Standard standard = ctx.standard();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ctx.text("method.heading")));
        SplitWeights w = standard.split();
        blocks.add(new Block.Paragraph(ctx.text(
                "method.value",
                "1 : " + w.junior() + " : " + w.seniorInTwelveYear() + "; " + w.juniorInCompleteSecondary() + " : "
                        + w.seniorInCompleteSecondary())));
        blocks.add(new Block.Paragraph(ctx.text("method.countyValue")));
        blocks.add(new Block.Paragraph(ctx.text("method.cv")));
        String primary = Figures.limit(standard.cv().limit(org.edubalance.core.school.Segment.PRIMARY));
        String junior = Figures.limit(standard.cv().limit(org.edubalance.core.school.Segment.JUNIOR));
        blocks.add(new Block.Paragraph(ctx.text(
                standard.cv().mode() == CvMode.PER_INDICATOR ? "method.cvPerIndicator" : "method.cvComposite",
                primary,
                junior)));
        SchoolRule rule = standard.schoolRule();
        if (rule != null) {
            blocks.add(new Block.Paragraph(ctx.text(
                    "method.schoolRule",
                    rule.minMet(),
                    standard.indicators().size(),
                    Figures.percent(rule.floorRatio()))));
            blocks.add(new Block.Paragraph(ctx.text("method.shortfall", Figures.fixed(rule.floorRatio(), 2))));
        }
        blocks.add(new Block.Paragraph(ctx.text("method.rounding")));
        blocks.add(new Block.Paragraph(ctx.text(
                "method.pack",
                standard.id(),
                standard.version(),
                ctx.labels().of(standard.title()) + ", " + standard.source(),
                standard.basedOn() == null ? "" : ctx.text("method.basedOn", standard.basedOn()))));
        blocks.add(new Block.Paragraph(ctx.text("method.details")));
        return blocks;
    }

    private static List<Block> provenance(CountyContext ctx) {
        Provenance provenance = ctx.data().provenance();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, ctx.text("provenance.heading")));
        List<ReportRow> files = new ArrayList<>();
        for (SourceFile f : provenance.files()) {
            files.add(ReportRow.body(
                    List.of(ReportCell.text(f.role()), ReportCell.text(f.name()), ReportCell.text(f.sha256()))));
        }
        blocks.add(new Block.Table(
                ctx.text("provenance.files"),
                List.of(ctx.text("col.role"), ctx.text("col.name"), ctx.text("col.sha256")),
                files,
                List.of(),
                List.of(16, 24, 60)));
        blocks.add(new Block.Paragraph(
                ctx.text("provenance.generated", provenance.generatedAt().format(TIME), provenance.softwareVersion())));
        Map<String, CountyInput> inputs = ctx.inputs().sorted();
        if (inputs.isEmpty()) {
            blocks.add(new Block.Paragraph(ctx.text("provenance.noInputs")));
        } else {
            List<ReportRow> rows = new ArrayList<>();
            inputs.values()
                    .forEach(i -> rows.add(ReportRow.body(List.of(
                            ReportCell.text(i.name()),
                            ReportCell.text(i.rawValue()),
                            ReportCell.text(i.source() == null ? "" : i.source())))));
            blocks.add(new Block.Table(
                    ctx.text("provenance.inputs", inputs.size()),
                    List.of(ctx.text("col.input"), ctx.text("col.value"), ctx.text("col.source")),
                    rows,
                    List.of()));
        }
        List<ReportRow> excluded = new ArrayList<>();
        for (ScopeDecision d : ctx.evaluation().excluded()) {
            if (d.school().county().code().equals(ctx.county().county().code())) {
                excluded.add(
                        ReportRow.body(List.of(ReportCell.text(d.school().name()), ReportCell.text(reason(ctx, d)))));
            }
        }
        if (!excluded.isEmpty()) {
            blocks.add(new Block.Table(
                    ctx.text("provenance.excluded"),
                    List.of(ctx.text("col.school"), ctx.text("col.reason")),
                    excluded,
                    List.of()));
        }
        return blocks;
    }

    /** Why a school is out of scope, in the report's language. */
    private static String reason(CountyContext ctx, ScopeDecision decision) {
        return decision.excludedBecause() == null ? "" : ctx.findings().word(decision.excludedBecause());
    }
}
