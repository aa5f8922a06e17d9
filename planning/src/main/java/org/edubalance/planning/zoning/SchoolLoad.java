package org.edubalance.planning.zoning;

import java.util.List;
import org.edubalance.core.school.SchoolCode;

/**
 * A school of a zoning plan and the entrants of its zone in each horizon year.
 *
 * @param code the school
 * @param seats its seats for the grade (the data year's, the same in every year)
 * @param load the entrants of its zone, one entry per horizon year, ascending
 */
public record SchoolLoad(SchoolCode code, int seats, List<YearLoad> load) {
    public SchoolLoad {
        load = List.copyOf(load);
    }

    /**
     * The entrants of a zone in one year.
     *
     * @param year the school year
     * @param entrants the zone's entrants that year
     */
    public record YearLoad(int year, double entrants) {}
}
