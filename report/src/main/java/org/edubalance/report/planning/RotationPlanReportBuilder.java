package org.edubalance.report.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.planning.Reason;
import org.edubalance.planning.rotation.PolicyCheck;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.edubalance.planning.rotation.RotationPlanDocument.CvLine;
import org.edubalance.planning.rotation.RotationPlanDocument.MoveLine;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.jspecify.annotations.Nullable;

/**
 * The rotation plan as a workbook a bureau reviews and signs off: the list of moves (调动名单), the county CVs of the
 * teacher indicators before and after (指标对比), and every policy rule with its figure (政策检查), all in one language.
 * It is built from the plan document alone — the stored result of a job — so an approved plan exports as approved,
 * whatever the school data and rosters hold later.
 */
public final class RotationPlanReportBuilder {
    private final RotationWording words;

    /** A builder writing in {@code locale}'s language (Chinese for {@code zh}, else English). */
    public RotationPlanReportBuilder(Locale locale) {
        this.words = new RotationWording(locale);
    }

    /** The workbook of {@code plan}. */
    public Report build(RotationPlanDocument plan) {
        String title = words.text("title", plan.county(), plan.year(), plan.policy());
        Double gap = plan.outcome().gap();
        String status = words.text(
                "statusLine",
                plan.outcome().status().name(),
                gap == null ? words.text("gapUnknown") : String.format(Locale.ROOT, "%.4f %%", 100 * gap),
                plan.summary().movers(),
                plan.summary().eligible(),
                plan.summary().minimumMovers());
        return new Report(
                title,
                LocalDate.of(plan.year(), 9, 1),
                List.of(moves(title, status, plan), cvs(title, plan), checks(title, plan)));
    }

    private ReportSheet moves(String title, String status, RotationPlanDocument plan) {
        List<ReportRow> rows = new ArrayList<>();
        for (MoveLine m : plan.moves()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(m.teacherId()),
                    ReportCell.text(m.fromSchool()),
                    ReportCell.text(m.toSchool()),
                    ReportCell.text(words.segment(m.segment())),
                    ReportCell.text(words.term(m.subject().name())),
                    ReportCell.number(m.distanceKm(), 1),
                    ReportCell.text(words.facts(m.reasons())))));
        }
        return sheet(
                "moves",
                List.of(title, status),
                List.of("teacher", "from", "to", "segment", "subject", "km", "reason"),
                1,
                rows);
    }

    private ReportSheet cvs(String title, RotationPlanDocument plan) {
        List<ReportRow> rows = new ArrayList<>();
        for (CvLine c : plan.cvs()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(words.segment(c.segment())),
                    ReportCell.text(words.term(c.indicator())),
                    cv(c.before()),
                    cv(c.after()))));
        }
        return sheet(
                "cvs",
                List.of(title, words.text("cvs.note")),
                List.of("segment", "indicator", "before", "after"),
                2,
                rows);
    }

    private static ReportCell cv(@Nullable Double value) {
        return value == null || value.isNaN() ? ReportCell.blank() : ReportCell.number(value, 3);
    }

    private ReportSheet checks(String title, RotationPlanDocument plan) {
        List<ReportRow> rows = new ArrayList<>();
        for (PolicyCheck c : plan.policyChecks()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(words.fact(c.rule())),
                    ReportCell.text(words.fact(c.required())),
                    ReportCell.text(words.fact(c.actual())),
                    ReportCell.text(words.text(c.passed() ? "yes" : "no")))));
        }
        for (Reason v : plan.violations()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(words.fact(v)),
                    ReportCell.blank(),
                    ReportCell.blank(),
                    ReportCell.text(words.text("no")))));
        }
        return sheet("checks", List.of(title), List.of("rule", "required", "actual", "met"), 1, rows);
    }

    /** A sheet whose name and column headers are the labels {@code sheet.<name>} and {@code <name>.<column>}. */
    private ReportSheet sheet(
            String name, List<String> heading, List<String> columns, int frozen, List<ReportRow> rows) {
        List<String> headers =
                columns.stream().map(c -> words.text(name + "." + c)).toList();
        return new ReportSheet(words.text("sheet." + name), heading, headers, List.of(), frozen, ReportRows.of(rows));
    }
}
