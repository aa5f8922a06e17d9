package org.edubalance.report.planning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.edubalance.core.school.Location;
import org.edubalance.planning.funding.FundingPlan;
import org.edubalance.planning.funding.FundingPlan.CountyFunding;
import org.edubalance.planning.funding.FundingPlan.LocationPool;
import org.edubalance.planning.funding.FundingPlan.SchoolFunding;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportChart;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.edubalance.report.render.XlsxReportRenderer;
import org.jspecify.annotations.Nullable;

/**
 * The funding formula as a workbook in one language (docs/planning/funding.md §6): every public school's allocation
 * against its current funds (money to 2 decimals; a school the formula gives less than today highlighted), and each
 * county's total, CV and urban : rural and town : rural ratios before and after, with a chart of pooled funds per
 * student by location, current beside formula.
 */
public final class FundingWorkbook {
    private final ResourceBundle bundle;
    private final boolean chinese;

    /** A workbook in {@code locale}'s language (Chinese for {@code zh}, else English). */
    public FundingWorkbook(Locale locale) {
        this.chinese = "zh".equals(locale.getLanguage());
        this.bundle = ResourceBundle.getBundle(
                "org.edubalance.report.planning.funding",
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Writes the workbook of {@code plan} to {@code out}. */
    public void write(FundingPlan plan, Path out) throws IOException {
        new XlsxReportRenderer().render(build(plan), out);
    }

    /** The workbook of {@code plan}. */
    public Report build(FundingPlan plan) {
        String title = text("title", plan.year(), plan.policy());
        return new Report(title, LocalDate.of(plan.year(), 9, 1), List.of(schools(title, plan), counties(title, plan)));
    }

    private ReportSheet schools(String title, FundingPlan plan) {
        List<ReportRow> rows = new ArrayList<>();
        for (SchoolFunding s : plan.schools()) {
            boolean less = s.difference() != null && s.difference() < 0;
            rows.add(new ReportRow(
                    less ? RowKind.WARNING : RowKind.BODY,
                    List.of(
                            ReportCell.text(s.code()),
                            ReportCell.text(s.countyCode()),
                            ReportCell.text(s.name()),
                            ReportCell.text(
                                    chinese ? s.type().chineseName() : s.type().name()),
                            ReportCell.text(location(s.location())),
                            ReportCell.integer(s.students()),
                            ReportCell.number(s.allocation(), 2),
                            money(s.perStudent()),
                            money(s.current()),
                            money(s.difference()))));
        }
        return sheet(
                "schools",
                List.of(title, text("note")),
                List.of(
                        "code",
                        "county",
                        "name",
                        "type",
                        "location",
                        "students",
                        "allocation",
                        "perStudent",
                        "current",
                        "difference"),
                1,
                rows);
    }

    private ReportSheet counties(String title, FundingPlan plan) {
        List<ReportRow> rows = new ArrayList<>();
        List<ReportRow> chartRows = new ArrayList<>();
        boolean several = plan.counties().size() > 1;
        for (CountyFunding c : plan.counties()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(c.code()),
                    ReportCell.integer(c.schools()),
                    ReportCell.number(c.total(), 2),
                    figure(c.cvCurrent(), 3),
                    figure(c.cvFormula(), 3),
                    figure(c.ratioCurrent().get(Location.URBAN), 3),
                    figure(c.ratioCurrent().get(Location.TOWN), 3),
                    figure(c.ratioFormula().get(Location.URBAN), 3),
                    figure(c.ratioFormula().get(Location.TOWN), 3))));
            chartRows.addAll(chartRows(several ? c.code() + " " : "", c.pools()));
        }
        ReportSheet sheet = sheet(
                "counties",
                List.of(title, text("countiesNote")),
                List.of(
                        "code",
                        "schools",
                        "total",
                        "cvCurrent",
                        "cvFormula",
                        "urbanCurrent",
                        "townCurrent",
                        "urbanFormula",
                        "townFormula"),
                1,
                rows);
        if (chartRows.isEmpty()) {
            return sheet;
        }
        return sheet.withChart(new ReportChart(
                text("chart.title"),
                text("chart.categoryAxis"),
                text("chart.valueAxis"),
                List.of(text("chart.location"), text("chart.current"), text("chart.formula")),
                chartRows,
                List.of(1, 2)));
    }

    /** One bar pair per location with both figures defined (a chart has a number in every series cell). */
    private List<ReportRow> chartRows(String prefix, Map<Location, LocationPool> pools) {
        List<ReportRow> rows = new ArrayList<>();
        for (Location l : Location.values()) {
            LocationPool pool = pools.get(l);
            double current = pool.currentPerStudent();
            double formula = pool.formulaPerStudent();
            if (Double.isFinite(current) && Double.isFinite(formula)) {
                rows.add(ReportRow.body(List.of(
                        ReportCell.text(prefix + location(l)),
                        ReportCell.number(current, 2),
                        ReportCell.number(formula, 2))));
            }
        }
        return rows;
    }

    private String location(Location l) {
        return chinese ? l.chineseName() : l.name();
    }

    private static ReportCell money(@Nullable Double value) {
        return figure(value, 2);
    }

    private static ReportCell figure(@Nullable Double value, int scale) {
        return value == null ? ReportCell.text(ReportCell.NOT_AVAILABLE) : ReportCell.number(value, scale);
    }

    private String text(String key, Object... args) {
        return String.format(Locale.ROOT, bundle.getString(key), args);
    }

    private ReportSheet sheet(
            String name, List<String> heading, List<String> columns, int frozen, List<ReportRow> rows) {
        List<String> headers = columns.stream().map(c -> text(name + "." + c)).toList();
        return new ReportSheet(text("sheet." + name), heading, headers, List.of(), frozen, ReportRows.of(rows));
    }
}
