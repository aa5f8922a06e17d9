package org.edubalance.planning.forecast;

import java.util.List;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.region.RegionCode;

/**
 * The seat-demand forecast of one county and entry grade (docs/planning/zoning.md §4).
 *
 * @param year the data year
 * @param county the county
 * @param grade the entry grade
 * @param zones every zone of the grade, ascending by zone id
 */
public record SeatForecast(int year, RegionCode county, EntryGrade grade, List<ZoneForecast> zones) {

    public SeatForecast {
        zones = List.copyOf(zones);
    }

    /**
     * One zone's years.
     *
     * @param zoneId the zone's id
     * @param schools its schools, ascending by code
     * @param years {@code year + 1} … {@code year + N}, ascending
     */
    public record ZoneForecast(String zoneId, List<String> schools, List<YearLine> years) {
        public ZoneForecast {
            schools = List.copyOf(schools);
            years = List.copyOf(years);
        }
    }

    /**
     * One zone in one year.
     *
     * @param year the school year
     * @param entrants the children entering from the zone's blocks, unrounded
     * @param seats the seats of the zone's schools together
     * @param shortfall max(0, entrants − seats)
     * @param over whether the entrants exceed the seats
     */
    public record YearLine(int year, double entrants, int seats, double shortfall, boolean over) {}
}
