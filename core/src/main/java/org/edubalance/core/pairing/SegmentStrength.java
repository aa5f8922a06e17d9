package org.edubalance.core.pairing;

import org.edubalance.core.evaluation.IndicatorScore;
import org.edubalance.core.evaluation.SchoolEvaluation;

/**
 * The strength of a school segment (docs/planning/pairing.md §1): the mean, over the standard's resource indicators
 * that have a per-school standard, of min(value ÷ standard, 2). 1.0 is a segment exactly at the standard on average;
 * the cap keeps one lavish indicator (a huge sports ground) from hiding a missing one. Unitless.
 */
public final class SegmentStrength {
    /** The most one indicator adds: twice its standard. */
    public static final double CAP = 2.0;

    private SegmentStrength() {}

    /** The strength of {@code segment}, or NaN when the standard sets no per-school value (the 2012 pack). */
    public static double of(SchoolEvaluation segment) {
        double sum = 0;
        int n = 0;
        for (IndicatorScore score : segment.scores()) {
            if (score.hasThreshold()) {
                sum += Math.min(score.ratio(), CAP);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
