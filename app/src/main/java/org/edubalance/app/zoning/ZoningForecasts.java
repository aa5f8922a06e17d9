package org.edubalance.app.zoning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.zoningstudy.ZoningStudies;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.edubalance.planning.forecast.SeatForecast;
import org.edubalance.planning.forecast.SeatForecastInput;
import org.edubalance.planning.forecast.SeatForecaster;
import org.edubalance.planning.zoning.ZoningPlan;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county dashboard's seat forecast (学位预警, docs/planning/zoning.md §4): for each entry grade with a zoning study,
 * the six-year forecast of {@link SeatForecaster} per zone — of the approved plan when there is one (a zone per
 * school), else of the zones in force of the newest study — as a chart of each zone's entrants per seat and the list
 * of shortfalls. The dashboard's template asks for it ({@code @zoningForecasts.county(…)}).
 */
@Component
public final class ZoningForecasts {
    /** The years forecast: a grade-1 forecast reaches at most six years past the data year. */
    static final int YEARS = 6;

    private final ZoningStudies studies;
    private final ZoningStudyReader reader;
    private final JsonMapper json;

    ZoningForecasts(ZoningStudies studies, ZoningStudyReader reader, JsonMapper json) {
        this.studies = studies;
        this.reader = reader;
        this.json = json;
    }

    /**
     * One grade's forecast.
     *
     * @param grade the entry grade
     * @param studyId the study it comes from
     * @param year the data year
     * @param approvedFor the plan year of the approved zones forecast, or null when the zones in force are
     * @param chartJson the chart's document: per zone its entrants ÷ seats (%) per year
     * @param shortfalls every zone and year short of seats
     */
    public record Panel(
            String grade,
            long studyId,
            int year,
            @Nullable Integer approvedFor,
            String chartJson,
            List<Shortfall> shortfalls) {}

    /**
     * A zone short of seats in a year.
     *
     * @param zone the zone's label (its id and schools)
     * @param year the year
     * @param entrants the zone's entrants
     * @param seats its seats
     * @param shortfall entrants − seats
     */
    public record Shortfall(String zone, int year, double entrants, int seats, double shortfall) {}

    /** The forecast panels of {@code county}, one per grade with a study; none when the county has none. */
    public List<Panel> county(String county, Locale locale) {
        Map<EntryGrade, ZoningStudy> chosen = new LinkedHashMap<>();
        List<ZoningStudy> all = studies.ofCounty(new RegionCode(county));
        for (EntryGrade grade : EntryGrade.values()) {
            all.stream()
                    .filter(s -> s.grade() == grade && s.isApproved())
                    .findFirst()
                    .or(() -> all.stream().filter(s -> s.grade() == grade).findFirst())
                    .ifPresent(s -> chosen.put(grade, s));
        }
        List<Panel> panels = new ArrayList<>();
        chosen.values().forEach(s -> panels.add(panel(s)));
        return panels;
    }

    private Panel panel(ZoningStudy study) {
        ZoningStudyInputs inputs = reader.inputs(study);
        Map<String, String> zoneOfBlock = inputs.current().zoneOfBlock();
        List<AttendanceZone> zones = inputs.current().zones();
        ZoningPlan plan = study.approvedJob() == null
                ? null
                : studies.run(study.approvedJob()).map(reader::plan).orElse(null);
        if (plan != null) {
            Map<String, String> ofPlan = new LinkedHashMap<>();
            plan.schoolOfBlock().forEach((block, school) -> ofPlan.put(block, school.value()));
            zoneOfBlock = ofPlan;
            zones = inputs.area().schools().stream()
                    .map(s -> new AttendanceZone(s.code().value(), List.of(s.code())))
                    .toList();
        }
        SeatForecast forecast = new SeatForecaster()
                .forecast(new SeatForecastInput(
                        study.year(),
                        study.county(),
                        study.grade(),
                        inputs.area().blocks(),
                        zoneOfBlock,
                        zones,
                        inputs.seats(),
                        inputs.area().policy().enrolmentRate(),
                        YEARS));
        List<Integer> years = new ArrayList<>();
        List<Map<String, Object>> series = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (SeatForecast.ZoneForecast z : forecast.zones()) {
            String label = label(inputs, z);
            List<@Nullable Double> perSeat = new ArrayList<>();
            for (SeatForecast.YearLine y : z.years()) {
                if (series.isEmpty()) {
                    years.add(y.year());
                }
                perSeat.add(y.seats() == 0 ? null : Math.round(y.entrants() / y.seats() * 1000) / 10.0);
                if (y.over()) {
                    shortfalls.add(new Shortfall(label, y.year(), y.entrants(), y.seats(), y.shortfall()));
                }
            }
            series.add(Map.of("name", label, "data", perSeat));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "forecast");
        doc.put("years", years);
        doc.put("series", series);
        doc.put("limit", 100);
        return new Panel(
                study.grade().name(),
                study.id(),
                study.year(),
                plan == null ? null : plan.planYear(),
                json.writeValueAsString(doc),
                shortfalls);
    }

    private static String label(ZoningStudyInputs inputs, SeatForecast.ZoneForecast z) {
        List<String> names = z.schools().stream().map(inputs::schoolName).toList();
        String schools = String.join("、", names);
        return names.size() == 1 && z.schools().getFirst().equals(z.zoneId()) ? schools : z.zoneId() + " " + schools;
    }
}
