package org.edubalance.report.selfevaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.edubalance.core.county.CountyInput;
import org.edubalance.core.evaluation.ItemResult;
import org.edubalance.core.standard.Condition;
import org.edubalance.core.standard.ItemPart;
import org.edubalance.report.document.Block;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;

/**
 * Builds chapter 5: per part (eligibility, government guarantee, quality, social recognition, vetoes), every item
 * with its status, the evidence it was judged on, the county inputs it rests on (value and source as given) and the
 * inputs it still lacks.
 */
final class ItemSectionBuilder {

    List<Block> build(CountyContext ctx) {
        List<Block> blocks = new ArrayList<>();
        if (ctx.county().items().isEmpty()) {
            return blocks;
        }
        blocks.add(new Block.Heading(1, ctx.text("items.heading")));
        blocks.add(new Block.Paragraph(ctx.text("items.intro")));
        for (ItemPart part : ItemPart.values()) {
            List<ItemResult> items = ctx.county().items().stream()
                    .filter(i -> i.item().part() == part)
                    .toList();
            if (items.isEmpty()) {
                continue;
            }
            List<ReportRow> rows = new ArrayList<>();
            for (ItemResult item : items) {
                rows.add(ReportRow.body(List.of(
                        ReportCell.text(ctx.labels().of(item.item().name())),
                        ReportCell.text(ctx.labels().status(item.status())),
                        ReportCell.text(String.join(
                                ctx.text("separator"), ctx.findings().word(item.evidence()))),
                        ReportCell.text(restsOn(ctx, item)),
                        ReportCell.text(String.join(", ", item.missingInputs())))));
            }
            blocks.add(new Block.Table(
                    ctx.labels().part(part),
                    List.of(
                            ctx.text("col.item"),
                            ctx.text("col.result"),
                            ctx.text("col.evidence"),
                            ctx.text("col.restsOn"),
                            ctx.text("col.missingInputs")),
                    rows,
                    List.of(),
                    List.of(26, 9, 27, 26, 12)));
        }
        return blocks;
    }

    /** The inputs an item reads, each with its value and source as given, or "not given". */
    private static String restsOn(CountyContext ctx, ItemResult item) {
        Set<String> names = new TreeSet<>();
        List<String> parts = new ArrayList<>();
        for (Condition condition : item.item().conditions()) {
            if (condition instanceof Condition.SchoolCheck check) {
                parts.add(ctx.text(
                        "items.schoolRows", ctx.text("check." + check.kind().name())));
            }
            names.addAll(condition.inputs());
        }
        for (String name : names) {
            parts.add(ctx.inputs()
                    .input(name)
                    .map(ItemSectionBuilder::describe)
                    .orElseGet(() -> ctx.text("items.inputMissing", name)));
        }
        return String.join("; ", parts);
    }

    static String describe(CountyInput input) {
        return input.name() + " = " + input.rawValue()
                + (input.source() == null || input.source().isBlank() ? "" : "（" + input.source() + "）");
    }
}
