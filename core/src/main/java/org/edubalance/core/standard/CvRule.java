package org.edubalance.core.standard;

import java.util.EnumMap;
import java.util.Map;
import org.edubalance.core.school.Segment;

/**
 * The county balance test (docs/standards.md §1.3.2 and §2.4).
 *
 * @param mode per-indicator (2017) or composite mean (2012)
 * @param limitBySegment the largest CV that passes, per segment (2017: 0.50 / 0.45; 2012: 0.65 / 0.55)
 * @param rounding rounding applied before the comparison
 */
public record CvRule(CvMode mode, Map<Segment, Double> limitBySegment, CvRounding rounding) {
    public CvRule {
        if (limitBySegment.size() != Segment.values().length) {
            throw new IllegalArgumentException("A CV limit is needed for every segment");
        }
        limitBySegment = new EnumMap<>(limitBySegment);
    }

    public double limit(Segment segment) {
        return limitBySegment.get(segment);
    }

    /** Whether {@code cv} passes for {@code segment}; NaN (not evaluable) never passes. */
    public boolean passes(double cv, Segment segment) {
        double compared = rounding.apply(cv);
        return compared <= limit(segment);
    }

    @Override
    public Map<Segment, Double> limitBySegment() {
        return Map.copyOf(limitBySegment);
    }
}
