package org.edubalance.core.gap;

import java.util.List;
import org.edubalance.core.region.County;

/**
 * What a county lacks and where its inequality comes from.
 *
 * @param county the county
 * @param shortfalls each school segment's shortfall per indicator below standard
 * @param totals county totals per segment and indicator
 * @param locations urban/town/rural values and ratios per segment and indicator
 * @param theil Theil decompositions by location and by township
 * @param cvDrivers per segment and indicator, the schools that raise the CV most
 * @param weightedGini weighted Gini coefficient per segment and indicator, in the same order as {@code locations}
 */
public record GapAnalysis(
        County county,
        List<Shortfall> shortfalls,
        List<ShortfallTotal> totals,
        List<LocationComparison> locations,
        List<TheilBreakdown> theil,
        List<CvDriver> cvDrivers,
        List<Double> weightedGini) {
    public GapAnalysis {
        shortfalls = List.copyOf(shortfalls);
        totals = List.copyOf(totals);
        locations = List.copyOf(locations);
        theil = List.copyOf(theil);
        cvDrivers = List.copyOf(cvDrivers);
        weightedGini = List.copyOf(weightedGini);
    }
}
