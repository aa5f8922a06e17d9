package org.edubalance.core.quota;

import java.util.List;
import java.util.Map;
import org.edubalance.core.school.Location;

/**
 * The inputs of one admission round after selection (one year, one area): its high schools, its candidates in the
 * file's row order, and the location of every junior high the candidates come from (from the school data).
 *
 * @param year the exam year
 * @param areaCode the admission area
 * @param highSchools the area's high schools, in file order
 * @param candidates the area's candidates, in file order
 * @param juniorLocations each junior high's location, by code
 */
public record QuotaRound(
        int year,
        String areaCode,
        List<HighSchool> highSchools,
        List<Candidate> candidates,
        Map<String, Location> juniorLocations) {

    public QuotaRound {
        highSchools = List.copyOf(highSchools);
        candidates = List.copyOf(candidates);
        juniorLocations = Map.copyOf(juniorLocations);
        for (Candidate c : candidates) {
            if (!juniorLocations.containsKey(c.juniorSchool())) {
                throw new IllegalArgumentException(
                        "Candidate " + c.id() + ": junior high " + c.juniorSchool() + " has no location");
            }
        }
    }
}
