package org.edubalance.report.planning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlan.CountyInvestment;
import org.edubalance.planning.investment.InvestmentPlan.Phasing;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;

/**
 * The investment plan as a workbook in one language (docs/planning/investment.md §7): every action by county and
 * school, the totals by action, and each county's cost and compliant school segments before and after (with the data
 * year, so that plans of several years can be laid side by side); under phasing by year the actions' year and a sheet
 * of the years (cost against the year's budget, compliant segments).
 */
public final class InvestmentWorkbook {
    private final ResourceBundle bundle;

    /** A workbook in {@code locale}'s language (Chinese for {@code zh}, else English). */
    public InvestmentWorkbook(Locale locale) {
        this.bundle = ResourceBundle.getBundle(
                "org.edubalance.report.planning.investment",
                "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Writes the workbook of {@code plan} to {@code out}. */
    public void write(InvestmentPlan plan, Path out) throws IOException {
        new XlsxReportRenderer().render(build(plan), out);
    }

    /** The workbook of {@code plan}. */
    public Report build(InvestmentPlan plan) {
        String title = text("title", plan.year(), plan.standard(), plan.goal());
        String note = text(
                "note",
                plan.status(),
                money(plan.totalCost()),
                money(plan.bound()),
                String.format(Locale.ROOT, "%.2f%%", 100 * plan.gap()));
        List<ReportSheet> sheets = new ArrayList<>(
                List.of(actions(title, note, plan), totals(title, note, plan), counties(title, note, plan)));
        if (plan.phasing() != null) {
            sheets.add(years(title, note, plan.phasing()));
        }
        return new Report(title, LocalDate.of(plan.year(), 9, 1), sheets);
    }

    private ReportSheet actions(String title, String note, InvestmentPlan plan) {
        List<ReportRow> rows = new ArrayList<>();
        Phasing phasing = plan.phasing();
        for (int i = 0; i < plan.actions().size(); i++) {
            PlannedAction a = plan.actions().get(i);
            List<ReportCell> cells = new ArrayList<>();
            if (phasing != null) {
                cells.add(ReportCell.integer(phasing.actions().get(i).year()));
            }
            cells.addAll(List.of(
                    ReportCell.text(plan.countyOfSchool().getOrDefault(a.schoolCode(), "")),
                    ReportCell.text(a.schoolCode()),
                    ReportCell.text(segment(a.segment())),
                    ReportCell.text(a.action()),
                    ReportCell.integer(a.quantity()),
                    ReportCell.number(a.cost(), 2)));
            rows.add(ReportRow.body(cells));
        }
        List<String> columns = new ArrayList<>(List.of("county", "school", "segment", "action", "quantity", "cost"));
        if (phasing != null) {
            columns.addFirst("year");
        }
        return sheet("actions", List.of(title, note), columns, rows);
    }

    private ReportSheet totals(String title, String note, InvestmentPlan plan) {
        Map<String, long[]> amounts = new LinkedHashMap<>();
        Map<String, Double> costs = new HashMap<>();
        Map<String, Set<String>> schools = new HashMap<>();
        for (PlannedAction a : plan.actions()) {
            amounts.computeIfAbsent(a.action(), k -> new long[1])[0] += a.quantity();
            costs.merge(a.action(), a.cost(), Double::sum);
            schools.computeIfAbsent(a.action(), k -> new HashSet<>()).add(a.schoolCode());
        }
        List<ReportRow> rows = new ArrayList<>();
        amounts.forEach((action, n) -> rows.add(ReportRow.body(List.of(
                ReportCell.text(action),
                ReportCell.integer(n[0]),
                ReportCell.integer(schools.get(action).size()),
                ReportCell.number(costs.get(action), 2)))));
        return sheet("totals", List.of(title, note), List.of("action", "quantity", "schools", "cost"), rows);
    }

    private ReportSheet counties(String title, String note, InvestmentPlan plan) {
        List<ReportRow> rows = new ArrayList<>();
        for (CountyInvestment c : plan.counties()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.integer(plan.year()),
                    ReportCell.text(c.code()),
                    ReportCell.number(c.cost(), 2),
                    count(c.compliantBefore().get(Segment.PRIMARY)),
                    count(c.compliantAfter().get(Segment.PRIMARY)),
                    count(c.compliantBefore().get(Segment.JUNIOR)),
                    count(c.compliantAfter().get(Segment.JUNIOR)))));
        }
        return sheet(
                "counties",
                List.of(title, note),
                List.of("year", "code", "cost", "primaryBefore", "primaryAfter", "juniorBefore", "juniorAfter"),
                rows);
    }

    /** Under phasing: each year's cost against its budget and the compliant segments of every county that year. */
    private ReportSheet years(String title, String note, Phasing phasing) {
        Map<Integer, double[]> byYear = new LinkedHashMap<>();
        phasing.budgets().keySet().forEach(y -> byYear.put(y, new double[3]));
        phasing.byCounty()
                .values()
                .forEach(list -> list.forEach(y -> {
                    double[] sums = byYear.get(y.year());
                    sums[0] += y.cost();
                    sums[1] += y.compliantAfter().getOrDefault(Segment.PRIMARY, 0);
                    sums[2] += y.compliantAfter().getOrDefault(Segment.JUNIOR, 0);
                }));
        List<ReportRow> rows = new ArrayList<>();
        byYear.forEach((year, sums) -> rows.add(ReportRow.body(List.of(
                ReportCell.integer(year),
                ReportCell.number(phasing.budgets().get(year), 2),
                ReportCell.number(sums[0], 2),
                ReportCell.integer((long) sums[1]),
                ReportCell.integer((long) sums[2])))));
        return sheet("years", List.of(title, note), List.of("year", "budget", "cost", "primary", "junior"), rows);
    }

    private String segment(@Nullable Segment segment) {
        return segment == null ? "" : text("segment." + segment.name());
    }

    private static ReportCell count(@Nullable Integer n) {
        return n == null ? ReportCell.text(ReportCell.NOT_AVAILABLE) : ReportCell.integer(n);
    }

    private static String money(double yuan) {
        return yuan == Math.rint(yuan) ? Long.toString((long) yuan) : String.format(Locale.ROOT, "%.2f", yuan);
    }

    private String text(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    private ReportSheet sheet(String name, List<String> heading, List<String> columns, List<ReportRow> rows) {
        List<String> headers = columns.stream().map(c -> text(name + "." + c)).toList();
        return new ReportSheet(text("sheet." + name), heading, headers, List.of(), 1, ReportRows.of(rows));
    }
}
