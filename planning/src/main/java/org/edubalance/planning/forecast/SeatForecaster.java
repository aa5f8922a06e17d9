package org.edubalance.planning.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.admission.AttendanceZone;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.Block;
import org.edubalance.core.zoning.Entrants;
import org.edubalance.planning.forecast.SeatForecast.YearLine;
import org.edubalance.planning.forecast.SeatForecast.ZoneForecast;

/**
 * Computes the seat-demand forecast (docs/planning/zoning.md §4). For zone Z and year {@code year + k} (k = 1 … N):
 * entrants = (Σ over Z's blocks of {@code children_age_(e − k)}) × enrolmentRate, e the entry age (6 for G1, 12 for
 * G7), the children summed as whole numbers first and multiplied once, so that every implementation gets the same
 * double; seats = Σ of Z's schools' seats (a multi-school zone against them all, a school without a seats row 0);
 * shortfall = max(0, entrants − seats); over = entrants &gt; seats. A year whose entrants are not born at the start of
 * the data year is refused before anything is computed ({@link org.edubalance.core.zoning.HorizonBeforeBirthException}).
 */
public final class SeatForecaster {

    /** The forecast of {@code input}. */
    public SeatForecast forecast(SeatForecastInput input) {
        int first = input.year() + 1;
        int last = input.year() + input.years();
        Entrants.checkHorizon(input.year(), first, last, input.grade());
        Map<String, long[]> childrenByZone = new HashMap<>();
        for (AttendanceZone zone : input.zones()) {
            childrenByZone.put(zone.id(), new long[input.years()]);
        }
        for (Block block : input.blocks()) {
            long[] children = childrenByZone.get(input.zoneOfBlock().get(block.id()));
            if (children == null) {
                continue; // the importer refuses a block without a zone; none is left here
            }
            for (int year = first; year <= last; year++) {
                children[year - first] += block.children(Entrants.ageCounted(input.year(), year, input.grade()));
            }
        }
        List<ZoneForecast> zones = new ArrayList<>();
        input.zones().stream().sorted(Comparator.comparing(AttendanceZone::id)).forEach(zone -> {
            List<String> schools =
                    zone.schools().stream().map(SchoolCode::value).sorted().toList();
            int seats = schools.stream()
                    .mapToInt(s -> input.seats().getOrDefault(s, 0))
                    .sum();
            long[] children = childrenByZone.get(zone.id());
            List<YearLine> years = new ArrayList<>();
            for (int year = first; year <= last; year++) {
                double entrants = children[year - first] * input.enrolmentRate();
                years.add(new YearLine(year, entrants, seats, Math.max(0.0, entrants - seats), entrants > seats));
            }
            zones.add(new ZoneForecast(zone.id(), schools, years));
        });
        return new SeatForecast(input.year(), input.county(), input.grade(), zones);
    }
}
