package org.edubalance.core.quota;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.edubalance.core.school.Location;

/**
 * How a round apportions the quota seats (docs/planning/quota.md §2).
 *
 * @param id the policy's name as the result shows it: a shipped id ({@code national}) or the file's name
 * @param method the apportionment method
 * @param minPerSchool the seats of each high school's quota every junior high gets at least (0 with HAMILTON)
 * @param weights the weight of a junior high's candidates by its location (votes = weight × candidates), each > 0
 */
public record QuotaPolicy(String id, ApportionmentMethod method, int minPerSchool, Map<Location, BigDecimal> weights) {

    public QuotaPolicy {
        if (minPerSchool < 0) {
            throw new IllegalArgumentException("minPerSchool is never negative, got " + minPerSchool);
        }
        if (minPerSchool > 0 && method == ApportionmentMethod.HAMILTON) {
            throw new IllegalArgumentException("minPerSchool must be 0 with HAMILTON, got " + minPerSchool);
        }
        for (Location location : Location.values()) {
            BigDecimal weight = weights.get(location);
            if (weight == null || weight.signum() <= 0) {
                throw new IllegalArgumentException("weights." + location + " is a positive number, got " + weight);
            }
        }
        weights = Map.copyOf(new EnumMap<>(weights));
    }

    /** The weight of a junior high at {@code location}. */
    public BigDecimal weight(Location location) {
        return weights.get(location);
    }
}
