package org.edubalance.core.pairingrecord;

import java.util.Map;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;

/**
 * One school segment of one school year as the follow-up reads it: its values of the resource indicators (from the
 * evaluation engine) and whether it failed the per-school rule.
 *
 * @param school the school
 * @param segment the segment
 * @param location the school's urban–rural class that year
 * @param year the school year
 * @param values the indicator values by indicator id, in each indicator's unit
 * @param failsSchoolRule whether the segment failed the 2017 per-school rule that year
 */
public record SegmentObservation(
        SchoolCode school,
        Segment segment,
        Location location,
        int year,
        Map<String, Double> values,
        boolean failsSchoolRule) {

    public SegmentObservation {
        values = Map.copyOf(values);
    }

    /** The value of {@code indicator}, or NaN when it is missing or not finite. */
    public double value(String indicator) {
        Double v = values.get(indicator);
        return v == null || !Double.isFinite(v) ? Double.NaN : v;
    }
}
