package org.edubalance.report.planning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.edubalance.core.pairing.UnplacedReason;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.groups.GroupPlan;
import org.edubalance.planning.groups.GroupPlan.Group;
import org.edubalance.planning.groups.GroupPlan.Member;
import org.edubalance.planning.groups.GroupPlan.Unplaced;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.edubalance.report.render.XlsxReportRenderer;

/**
 * A school-group plan as a workbook in one language (docs/planning/groups.md §4): one row per member with its core,
 * distance and strength, the unplaced segments with the reason worded, and the summary of the solve.
 */
public final class GroupWorkbook {
    private final ResourceBundle bundle;

    /** A workbook in {@code locale}'s language (Chinese for {@code zh}, else English). */
    public GroupWorkbook(Locale locale) {
        this.bundle = ResourceBundle.getBundle(
                "org.edubalance.report.planning.groups",
                "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Writes the workbook of {@code plan} to {@code out}. */
    public void write(GroupPlan plan, Path out) throws IOException {
        new XlsxReportRenderer().render(build(plan), out);
    }

    /** The workbook of {@code plan}. */
    public Report build(GroupPlan plan) {
        String title = text("title", plan.countyCode(), plan.year(), plan.policy());
        List<String> heading = List.of(title, summary(plan));
        List<ReportRow> members = new ArrayList<>();
        for (Group g : plan.groups()) {
            for (Member m : g.members()) {
                members.add(ReportRow.body(List.of(
                        ReportCell.text(text("segment." + g.segment().name())),
                        ReportCell.text(g.core()),
                        ReportCell.text(name(plan, g.core())),
                        ReportCell.text(m.school()),
                        ReportCell.text(name(plan, m.school())),
                        ReportCell.number(m.km(), 3),
                        ReportCell.number(m.strength(), 4),
                        ReportCell.number(g.size(), 0),
                        ReportCell.number(g.meanStrength(), 4))));
            }
        }
        List<ReportRow> unplaced = new ArrayList<>();
        for (Unplaced u : plan.unplaced()) {
            unplaced.add(new ReportRow(
                    RowKind.WARNING,
                    List.of(
                            ReportCell.text(text("segment." + u.segment().name())),
                            ReportCell.text(u.school()),
                            ReportCell.text(name(plan, u.school())),
                            ReportCell.text(reason(u.reason(), plan)))));
        }
        GroupPlan.Summary s = plan.summary();
        List<ReportRow> summary = List.of(
                item("cores", ReportCell.number(s.cores(), 0)),
                item("members", ReportCell.number(s.members(), 0)),
                item("placed", ReportCell.number(s.placed(), 0)),
                item("totalKm", ReportCell.number(s.totalKm(), 3)),
                item("status", ReportCell.text(status(plan))),
                item("bound", ReportCell.number(s.bound(), 3)),
                item("gap", ReportCell.number(s.gap(), 6)),
                item("seconds", ReportCell.number(s.seconds(), 3)));
        return new Report(
                title,
                LocalDate.of(plan.year(), 9, 1),
                List.of(
                        sheet(
                                "groups",
                                heading,
                                List.of(
                                        "segment",
                                        "core",
                                        "coreName",
                                        "school",
                                        "name",
                                        "km",
                                        "strength",
                                        "size",
                                        "meanStrength"),
                                members),
                        sheet("unplaced", heading, List.of("segment", "school", "name", "reason"), unplaced),
                        sheet("summary", List.of(title, note(plan)), List.of("item", "value"), summary)));
    }

    /** The summary line of {@code plan}, as the command line also prints it. */
    public String summary(GroupPlan plan) {
        GroupPlan.Summary s = plan.summary();
        return text(
                "summary",
                s.cores(),
                s.members(),
                s.placed(),
                String.format(Locale.ROOT, "%.3f", s.totalKm()),
                status(plan));
    }

    /** {@code reason} worded, with the plan's distance limit and strength floor where it names them. */
    public String reason(UnplacedReason reason, GroupPlan plan) {
        return text("reason." + reason.name(), number(plan.maxDistanceKm()), number(plan.minMeanStrength()));
    }

    private String note(GroupPlan plan) {
        return text(
                "note", number(plan.maxDistanceKm()), plan.minSize(), plan.maxSize(), number(plan.minMeanStrength()));
    }

    private String status(GroupPlan plan) {
        PlanningStatus status = plan.summary().status();
        return text(
                "status." + status.name(),
                String.format(Locale.ROOT, "%.4f %%", plan.summary().gap() * 100));
    }

    private ReportRow item(String key, ReportCell value) {
        return ReportRow.body(List.of(ReportCell.text(text("item." + key)), value));
    }

    private static String name(GroupPlan plan, String code) {
        return plan.names().getOrDefault(code, "");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    private String text(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    private ReportSheet sheet(String name, List<String> heading, List<String> columns, List<ReportRow> rows) {
        List<String> headers = columns.stream().map(c -> text(name + "." + c)).toList();
        return new ReportSheet(text("sheet." + name), heading, headers, List.of(), 1, ReportRows.of(rows));
    }
}
