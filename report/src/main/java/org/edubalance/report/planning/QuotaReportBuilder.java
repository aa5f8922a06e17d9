package org.edubalance.report.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.edubalance.planning.quota.LocationEquity;
import org.edubalance.planning.quota.QuotaResult;
import org.edubalance.planning.quota.QuotaResult.Admission;
import org.edubalance.planning.quota.QuotaResult.Allocation;
import org.edubalance.planning.quota.QuotaResult.Cutoff;
import org.edubalance.planning.quota.QuotaResult.HighSchoolQuota;
import org.edubalance.planning.quota.QuotaResult.JuniorEquity;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportChart;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.jspecify.annotations.Nullable;

/**
 * The entrance-exam admission as a workbook in one language (docs/planning/quota.md §6): the quota seats of each high
 * school by junior high (指标分配), every candidate's admission with their lottery number (录取名单), the cut-offs
 * (分数线) and what the quota seats change for each junior high (均衡效果). Built from the result alone, so a published
 * result exports as published.
 */
public final class QuotaReportBuilder {
    private final ResourceBundle words;
    private final boolean chinese;

    /** A builder writing in {@code locale}'s language (Chinese for {@code zh}, else English). */
    public QuotaReportBuilder(Locale locale) {
        this.chinese = "zh".equals(locale.getLanguage());
        this.words = ResourceBundle.getBundle(
                "org.edubalance.report.planning.quota",
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The workbook of {@code result}. */
    public Report build(QuotaResult result) {
        String title = text("title", result.areaCode(), result.year(), result.policy());
        String lottery = text(
                "lottery",
                result.lottery().commit(),
                result.lottery().publicValue(),
                result.lottery().seed());
        return new Report(
                title,
                LocalDate.of(result.year(), 7, 1),
                List.of(
                        allocations(title, result),
                        admissions(title, lottery, result),
                        cutoffs(title, result),
                        equity(title, result)));
    }

    private ReportSheet allocations(String title, QuotaResult result) {
        List<ReportRow> rows = new ArrayList<>();
        for (HighSchoolQuota q : result.apportionment()) {
            for (Allocation a : q.allocations()) {
                rows.add(ReportRow.body(List.of(
                        ReportCell.text(q.highSchool()),
                        ReportCell.integer(q.seats()),
                        ReportCell.integer(q.quotaSeats()),
                        ReportCell.text(a.juniorSchool()),
                        ReportCell.integer(a.candidates()),
                        decimal(a.weight()),
                        ReportCell.integer(a.seats()))));
            }
        }
        return sheet(
                "allocations",
                List.of(title),
                List.of("highSchool", "seats", "quotaSeats", "juniorSchool", "candidates", "weight", "allocated"),
                1,
                rows);
    }

    private ReportSheet admissions(String title, String lottery, QuotaResult result) {
        var admissions = result.admissions();
        ReportRows rows = ReportRows.computed(admissions.size(), i -> {
            Admission a = admissions.get(i);
            return ReportRow.body(List.of(
                    ReportCell.text(a.candidateId()),
                    ReportCell.text(a.school() == null ? text("unplaced") : a.school()),
                    ReportCell.text(
                            a.batch() == null ? "" : text("batch." + a.batch().name())),
                    ReportCell.text(a.lotteryNumber())));
        });
        List<String> columns = List.of("candidate", "school", "batch", "lotteryNumber");
        return new ReportSheet(
                text("sheet.admissions"),
                List.of(title, lottery),
                columns.stream().map(c -> text("admissions." + c)).toList(),
                List.of(),
                1,
                rows);
    }

    private ReportSheet cutoffs(String title, QuotaResult result) {
        List<ReportRow> rows = new ArrayList<>();
        for (Cutoff c : result.cutoffs()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(c.school()),
                    ReportCell.text(text("batch." + c.batch().name())),
                    ReportCell.text(c.juniorSchool() == null ? "" : c.juniorSchool()),
                    decimal(c.lastScore()))));
        }
        return sheet("cutoffs", List.of(title), List.of("school", "batch", "juniorSchool", "lastScore"), 1, rows);
    }

    private ReportSheet equity(String title, QuotaResult result) {
        List<ReportRow> rows = new ArrayList<>();
        for (JuniorEquity e : result.equity()) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(e.juniorSchool()),
                    ReportCell.text(
                            chinese ? e.location().chineseName() : e.location().name()),
                    ReportCell.integer(e.candidates()),
                    ReportCell.integer(e.keyAdmitted()),
                    ReportCell.integer(e.keyAdmittedWithoutQuota()),
                    ReportCell.number((double) e.keyAdmitted() / e.candidates(), 3),
                    ReportCell.number((double) e.keyAdmittedWithoutQuota() / e.candidates(), 3))));
        }
        var s = result.equitySummary();
        String summary = text(
                "equity.summary",
                figure(s.keyRateCv()),
                figure(s.keyRateCvWithoutQuota()),
                figure(s.ruralUrbanKeyRate()),
                figure(s.ruralUrbanKeyRateWithoutQuota()));
        return sheet(
                        "equity",
                        List.of(title, summary),
                        List.of(
                                "juniorSchool",
                                "location",
                                "candidates",
                                "keyAdmitted",
                                "withoutQuota",
                                "rate",
                                "rateWithout"),
                        1,
                        rows)
                .withChart(byLocation(result));
    }

    /**
     * Rural against urban at a glance: the places at quality high schools of each location's junior highs with the
     * quota seats beside those of the counterfactual without them (docs/planning/quota.md §5), as bars over a table
     * of the pooled counts. Pooled by location rather than one bar pair per junior high: a county has hundreds.
     */
    private ReportChart byLocation(QuotaResult result) {
        List<ReportRow> rows = new ArrayList<>();
        for (LocationEquity l : LocationEquity.of(result.equity())) {
            rows.add(ReportRow.body(List.of(
                    ReportCell.text(
                            chinese ? l.location().chineseName() : l.location().name()),
                    ReportCell.integer(l.juniorHighs()),
                    ReportCell.integer(l.candidates()),
                    ReportCell.integer(l.keyAdmitted()),
                    ReportCell.integer(l.keyAdmittedWithoutQuota()),
                    ReportCell.number(l.keyRate(), 3),
                    ReportCell.number(l.keyRateWithoutQuota(), 3))));
        }
        return new ReportChart(
                text("chart.title"),
                text("chart.categoryAxis"),
                text("chart.valueAxis"),
                List.of("location", "juniorHighs", "candidates", "keyAdmitted", "withoutQuota", "rate", "rateWithout")
                        .stream()
                        .map(c -> text("chart." + c))
                        .toList(),
                rows,
                List.of(3, 4));
    }

    private static ReportCell decimal(BigDecimal value) {
        return ReportCell.number(value.doubleValue(), Math.min(10, Math.max(0, value.scale())));
    }

    private static String figure(@Nullable Double value) {
        return value == null ? ReportCell.NOT_AVAILABLE : String.format(Locale.ROOT, "%.3f", value);
    }

    private String text(String key, Object... args) {
        return String.format(Locale.ROOT, words.getString(key), args);
    }

    private ReportSheet sheet(
            String name, List<String> heading, List<String> columns, int frozen, List<ReportRow> rows) {
        return new ReportSheet(
                text("sheet." + name),
                heading,
                columns.stream().map(c -> text(name + "." + c)).toList(),
                List.of(),
                frozen,
                ReportRows.of(rows));
    }
}
