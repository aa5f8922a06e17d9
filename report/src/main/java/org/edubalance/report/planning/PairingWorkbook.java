package org.edubalance.report.planning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.edubalance.core.pairing.UnpairedReason;
import org.edubalance.planning.pairing.PairingPlan;
import org.edubalance.planning.pairing.PairingPlan.Candidate;
import org.edubalance.planning.pairing.PairingPlan.Pair;
import org.edubalance.planning.pairing.PairingPlan.Unpaired;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.edubalance.report.render.XlsxReportRenderer;

/**
 * A pairing plan as a workbook in one language (docs/planning/pairing.md §4): the pairs with both schools' names and
 * the distance, the unpaired mentees with the reason worded, and every school segment that took part with its
 * strength and role.
 */
public final class PairingWorkbook {
    private final ResourceBundle bundle;

    /** A workbook in {@code locale}'s language (Chinese for {@code zh}, else English). */
    public PairingWorkbook(Locale locale) {
        this.bundle = ResourceBundle.getBundle(
                "org.edubalance.report.planning.pairing",
                "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Writes the workbook of {@code plan} to {@code out}. */
    public void write(PairingPlan plan, Path out) throws IOException {
        new XlsxReportRenderer().render(build(plan), out);
    }

    /** The workbook of {@code plan}. */
    public Report build(PairingPlan plan) {
        String title = text("title", plan.countyCode(), plan.year(), plan.policy());
        List<String> heading = List.of(title, text("note", km(plan.maxDistanceKm())), summary(plan));
        Map<String, String> names = new HashMap<>();
        plan.candidates().forEach(c -> names.put(c.school(), c.name()));
        List<ReportRow> pairs = new ArrayList<>();
        for (Pair p : plan.pairs()) {
            pairs.add(ReportRow.body(List.of(
                    ReportCell.text(text("segment." + p.segment().name())),
                    ReportCell.text(p.mentor()),
                    ReportCell.text(names.getOrDefault(p.mentor(), "")),
                    ReportCell.text(p.mentee()),
                    ReportCell.text(names.getOrDefault(p.mentee(), "")),
                    ReportCell.number(p.km(), 3))));
        }
        List<ReportRow> unpaired = new ArrayList<>();
        for (Unpaired u : plan.unpaired()) {
            unpaired.add(new ReportRow(
                    RowKind.WARNING,
                    List.of(
                            ReportCell.text(text("segment." + u.segment().name())),
                            ReportCell.text(u.school()),
                            ReportCell.text(names.getOrDefault(u.school(), "")),
                            ReportCell.text(reason(u.reason(), plan.maxDistanceKm())))));
        }
        List<ReportRow> schools = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            schools.add(ReportRow.body(List.of(
                    ReportCell.text(text("segment." + c.segment().name())),
                    ReportCell.text(c.school()),
                    ReportCell.text(c.name()),
                    ReportCell.number(c.strength(), 3),
                    ReportCell.text(text(c.compliant() ? "yes" : "no")),
                    ReportCell.text(text("role." + c.role().name())))));
        }
        return new Report(
                title,
                LocalDate.of(plan.year(), 9, 1),
                List.of(
                        sheet(
                                "pairs",
                                heading,
                                List.of("segment", "mentor", "mentorName", "mentee", "menteeName", "km"),
                                pairs),
                        sheet("unpaired", heading, List.of("segment", "school", "name", "reason"), unpaired),
                        sheet(
                                "schools",
                                heading,
                                List.of("segment", "school", "name", "strength", "compliant", "role"),
                                schools)));
    }

    /** The summary line of {@code plan}, as the command line also prints it. */
    public String summary(PairingPlan plan) {
        PairingPlan.Summary s = plan.summary();
        return text(
                "summary",
                s.mentors(),
                s.mentees(),
                s.paired(),
                String.format(Locale.ROOT, "%.3f", s.totalKm()),
                text("status." + s.status().name()));
    }

    /** {@code reason} worded, with the distance limit where it names one. */
    public String reason(UnpairedReason reason, double maxDistanceKm) {
        return text("reason." + reason.name(), km(maxDistanceKm));
    }

    private static String km(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : String.format(Locale.ROOT, "%s", km);
    }

    private String text(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    private ReportSheet sheet(String name, List<String> heading, List<String> columns, List<ReportRow> rows) {
        List<String> headers = columns.stream().map(c -> text(name + "." + c)).toList();
        return new ReportSheet(text("sheet." + name), heading, headers, List.of(), 1, ReportRows.of(rows));
    }
}
