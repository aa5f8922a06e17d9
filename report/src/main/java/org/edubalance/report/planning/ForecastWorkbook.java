package org.edubalance.report.planning;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.edubalance.planning.forecast.SeatForecast;
import org.edubalance.planning.forecast.SeatForecast.YearLine;
import org.edubalance.planning.forecast.SeatForecast.ZoneForecast;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportRows;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.edubalance.report.render.XlsxReportRenderer;

/**
 * The seat-demand forecast as a workbook (docs/planning/zoning.md §4), in one language: each zone's years (entrants,
 * seats, shortfall, over; the rows of a zone short of seats highlighted) and the county's years (entrants and seats
 * summed, zones over capacity, shortfalls summed). Entrants and shortfalls are shown to 1 decimal.
 */
public final class ForecastWorkbook {
    private final ResourceBundle bundle;

    /** A workbook in {@code locale}'s language (Chinese for {@code zh}, else English). */
    public ForecastWorkbook(Locale locale) {
        this.bundle = ResourceBundle.getBundle(
                "org.edubalance.report.planning.forecast",
                "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Writes the workbook of {@code forecast} to {@code out}. */
    public void write(SeatForecast forecast, Path out) throws IOException {
        new XlsxReportRenderer().render(build(forecast), out);
    }

    /** The workbook of {@code forecast}. */
    public Report build(SeatForecast forecast) {
        int first = forecast.year() + 1;
        int last = forecast.zones().isEmpty()
                ? first
                : forecast.zones().getFirst().years().getLast().year();
        String title = text("title", forecast.grade().name(), forecast.county().value(), forecast.year(), first, last);
        return new Report(
                title, LocalDate.of(forecast.year(), 9, 1), List.of(zones(title, forecast), years(title, forecast)));
    }

    private ReportSheet zones(String title, SeatForecast forecast) {
        List<ReportRow> rows = new ArrayList<>();
        for (ZoneForecast zone : forecast.zones()) {
            String schools = String.join(", ", zone.schools());
            for (YearLine y : zone.years()) {
                rows.add(new ReportRow(
                        y.over() ? RowKind.WARNING : RowKind.BODY,
                        List.of(
                                ReportCell.text(zone.zoneId()),
                                ReportCell.text(schools),
                                ReportCell.integer(y.year()),
                                ReportCell.number(y.entrants(), 1),
                                ReportCell.integer(y.seats()),
                                ReportCell.number(y.shortfall(), 1),
                                ReportCell.text(text(y.over() ? "yes" : "no")))));
            }
        }
        return sheet(
                "zones",
                List.of(title, text("note")),
                List.of("zone", "schools", "year", "entrants", "seats", "shortfall", "over"),
                1,
                rows);
    }

    private ReportSheet years(String title, SeatForecast forecast) {
        TreeMap<Integer, double[]> byYear = new TreeMap<>();
        for (ZoneForecast zone : forecast.zones()) {
            for (YearLine y : zone.years()) {
                double[] sums = byYear.computeIfAbsent(y.year(), k -> new double[4]);
                sums[0] += y.entrants();
                sums[1] += y.seats();
                sums[2] += y.over() ? 1 : 0;
                sums[3] += y.shortfall();
            }
        }
        List<ReportRow> rows = new ArrayList<>();
        byYear.forEach((year, s) -> rows.add(new ReportRow(
                s[2] > 0 ? RowKind.WARNING : RowKind.BODY,
                List.of(
                        ReportCell.integer(year),
                        ReportCell.number(s[0], 1),
                        ReportCell.integer((long) s[1]),
                        ReportCell.integer((long) s[2]),
                        ReportCell.number(s[3], 1)))));
        return sheet("years", List.of(title), List.of("year", "entrants", "seats", "zonesOver", "shortfall"), 1, rows);
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
