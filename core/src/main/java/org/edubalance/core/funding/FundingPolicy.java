package org.edubalance.core.funding;

import java.util.EnumMap;
import java.util.Map;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * A funding policy (docs/planning/funding.md §2): the amounts of the per-student public funds formula. All amounts are
 * yuan a year; factors are plain numbers.
 *
 * @param id the shipped id ({@code national-east}, {@code national-central-west}) or the policy file's name
 * @param perStudent yuan a student for each compulsory segment (both segments, each ≥ 0)
 * @param boarderExtra yuan added for each boarding student (≥ 0)
 * @param smallSchoolFloor a rural school or teaching point with 0 &lt; n &lt; this many students is funded as if it had
 *     this many (≥ 0; 0 switches the floor off)
 * @param specialEducationPerStudent yuan a student of a special-education school and a disabled student elsewhere
 *     (≥ 0)
 * @param locationFactor the factor each location's allocation is multiplied by (all three locations, each ≥ 0)
 * @param budget when set (≥ 0), every allocation of a county is scaled so that the county's total equals it
 */
public record FundingPolicy(
        String id,
        Map<Segment, Double> perStudent,
        double boarderExtra,
        int smallSchoolFloor,
        double specialEducationPerStudent,
        Map<Location, Double> locationFactor,
        @Nullable Double budget) {

    public FundingPolicy {
        perStudent = complete("perStudent", perStudent, Segment.class);
        locationFactor = complete("locationFactor", locationFactor, Location.class);
        amount("boarderExtra", boarderExtra);
        amount("specialEducationPerStudent", specialEducationPerStudent);
        if (smallSchoolFloor < 0) {
            throw new IllegalArgumentException("smallSchoolFloor is a whole number ≥ 0, got " + smallSchoolFloor);
        }
        if (budget != null) {
            amount("budget", budget);
        }
    }

    /** Yuan a student of {@code segment}. */
    public double perStudent(Segment segment) {
        return perStudent.get(segment);
    }

    /** The factor of {@code location}. */
    public double locationFactor(Location location) {
        return locationFactor.get(location);
    }

    private static <K extends Enum<K>> Map<K, Double> complete(String name, Map<K, Double> given, Class<K> keys) {
        EnumMap<K, Double> copy = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            Double value = given.get(key);
            if (value == null) {
                throw new IllegalArgumentException(name + "." + key.name() + " is missing");
            }
            amount(name + "." + key.name(), value);
            copy.put(key, value);
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static void amount(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is a number ≥ 0, got " + value);
        }
    }
}
