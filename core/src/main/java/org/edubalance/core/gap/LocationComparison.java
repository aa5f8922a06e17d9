package org.edubalance.core.gap;

import java.util.EnumMap;
import java.util.Map;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;

/**
 * Urban, town and rural pooled values of one indicator and segment, and their ratios to the rural value
 * (urban : town : rural, with rural = 1).
 *
 * @param segment the segment
 * @param indicatorId the indicator
 * @param valueByLocation enrolment-weighted (pooled) value per location that has schools
 * @param urbanToRural urban ÷ rural value; NaN when either is absent or rural is 0
 * @param townToRural town ÷ rural value; NaN likewise
 */
public record LocationComparison(
        Segment segment,
        String indicatorId,
        Map<Location, Double> valueByLocation,
        double urbanToRural,
        double townToRural) {
    public LocationComparison {
        valueByLocation = valueByLocation.isEmpty() ? Map.of() : new EnumMap<>(valueByLocation);
    }

    @Override
    public Map<Location, Double> valueByLocation() {
        return valueByLocation.isEmpty() ? Map.of() : new EnumMap<>(valueByLocation);
    }
}
