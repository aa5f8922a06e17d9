package org.edubalance.report.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.core.evaluation.OneLanguage.chineseBeyond;
import static org.edubalance.core.evaluation.OneLanguage.englishSentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.planning.forecast.SeatForecast;
import org.edubalance.planning.forecast.SeatForecast.YearLine;
import org.edubalance.planning.forecast.SeatForecast.ZoneForecast;
import org.edubalance.report.model.Report;
import org.edubalance.report.model.ReportCell;
import org.edubalance.report.model.ReportRow;
import org.edubalance.report.model.ReportSheet;
import org.edubalance.report.model.RowKind;
import org.junit.jupiter.api.Test;

/**
 * The forecast workbook: a row per zone and year with the short ones marked, the county's years summed (by hand: 2026
 * = 45 + 80 entrants against 50 + 70 seats, ZB short by 10; 2027 = 56 + 0 against 120, ZA short by 6), in one language.
 */
class ForecastWorkbookTest {
    private static final SeatForecast FORECAST = new SeatForecast(
            2025,
            new RegionCode("371002"),
            EntryGrade.G1,
            List.of(
                    new ZoneForecast(
                            "ZA",
                            List.of("S1"),
                            List.of(new YearLine(2026, 45, 50, 0, false), new YearLine(2027, 56, 50, 6, true))),
                    new ZoneForecast(
                            "ZB",
                            List.of("S2", "S3"),
                            List.of(new YearLine(2026, 80, 70, 10, true), new YearLine(2027, 0, 70, 0, false)))));

    @Test
    void shortZonesAndYearsAreMarked() {
        Report report = new ForecastWorkbook(Locale.ENGLISH).build(FORECAST);
        ReportSheet zones = report.sheets().get(0);
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < zones.rows().size(); i++) {
            ReportRow row = zones.rows().get(i);
            if (row.kind() == RowKind.WARNING) {
                marked.add(((ReportCell.Text) row.cells().get(0)).text() + " "
                        + (long) ((ReportCell.Numeric) row.cells().get(2)).value());
            }
        }
        assertThat(marked).containsExactly("ZA 2027", "ZB 2026");
        ReportSheet years = report.sheets().get(1);
        assertThat(years.rows().get(0).cells())
                .containsExactly(
                        ReportCell.integer(2026),
                        ReportCell.number(125, 1),
                        ReportCell.integer(120),
                        ReportCell.integer(1),
                        ReportCell.number(10, 1));
        assertThat(years.rows().get(1).cells().get(4)).isEqualTo(ReportCell.number(6, 1));
    }

    @Test
    void eachLanguageAlone() {
        String chinese = text(new ForecastWorkbook(Locale.SIMPLIFIED_CHINESE).build(FORECAST));
        assertThat(englishSentences(chinese)).as(chinese).isEmpty();
        assertThat(chinese).contains("学位缺口");
        String english = text(new ForecastWorkbook(Locale.ENGLISH).build(FORECAST));
        assertThat(chineseBeyond(english, List.of())).as(english).isEmpty();
        assertThat(english).contains("Shortfall");
    }

    private static String text(Report report) {
        var all = new StringBuilder(report.title()).append('\n');
        for (ReportSheet sheet : report.sheets()) {
            all.append(sheet.name()).append('\n');
            sheet.titleRows().forEach(t -> all.append(t).append('\n'));
            sheet.headers().forEach(h -> all.append(h).append('\n'));
            for (int i = 0; i < sheet.rows().size(); i++) {
                for (ReportCell cell : sheet.rows().get(i).cells()) {
                    if (cell instanceof ReportCell.Text t) {
                        all.append(t.text()).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }
}
