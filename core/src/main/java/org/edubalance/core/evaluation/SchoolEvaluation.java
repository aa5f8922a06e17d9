package org.edubalance.core.evaluation;

import java.util.List;
import java.util.OptionalDouble;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * A school segment judged by the per-school rule (docs/standards.md §1.3.1: at least 6 of 7 indicators met and
 * every indicator ≥ 85 % of its standard).
 *
 * @param part the segment part evaluated
 * @param scores one score per pack indicator, in pack order
 * @param metCount indicators meeting their standard
 * @param compliant whether the school meets the per-school rule; {@code null} when the pack has none (2012)
 */
public record SchoolEvaluation(
        SegmentPart part,
        List<IndicatorScore> scores,
        int metCount,
        @Nullable Boolean compliant) {

    public SchoolEvaluation {
        // The evaluator's compact list is immutable already; copying it would make every score object it spares.
        scores = scores instanceof IndicatorScores ? scores : List.copyOf(scores);
    }

    /** The value of the {@code k}-th indicator of the pack (the statistics read it for every part). */
    public double value(int k) {
        return scores instanceof IndicatorScores compact
                ? compact.value(k)
                : scores.get(k).value();
    }

    public SchoolYear school() {
        return part.school();
    }

    public Segment segment() {
        return part.segment();
    }

    /** The value of {@code indicatorId}, or empty when the pack has no such indicator. */
    public OptionalDouble value(String indicatorId) {
        for (IndicatorScore s : scores) {
            if (s.indicatorId().equals(indicatorId)) {
                return OptionalDouble.of(s.value());
            }
        }
        return OptionalDouble.empty();
    }

    /** The smallest value ÷ standard ratio over indicators with a standard (NaN when none has one). */
    public double lowestRatio() {
        double min = Double.NaN;
        for (IndicatorScore s : scores) {
            if (s.hasThreshold() && (Double.isNaN(min) || s.ratio() < min)) {
                min = s.ratio();
            }
        }
        return min;
    }
}
