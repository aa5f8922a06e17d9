package org.edubalance.core.evaluation;

import java.util.List;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Quantity;
import org.edubalance.core.standard.SchoolRule;
import org.edubalance.core.standard.Standard;

/**
 * Computes a school segment's indicator values and judges them by the per-school rule.
 *
 * <p>Value of an indicator: {@code per × (Σ added quantities − Σ deducted quantities) ÷ students}, where the
 * quantities are the segment's own teachers or its split share of shared assets. A school meets the 2017 rule
 * when at least {@code minMet} values reach their standard and no value is below {@code floorRatio} of its
 * standard. Comparisons are on unrounded values ("4.2人以上" means ≥ 4.2, docs/standards.md §0.2).
 */
public final class SchoolEvaluator {
    /**
     * Relative tolerance for "reaches the standard": a value computed as 4.2000000000000002 or 4.1999999999999993
     * from figures that give exactly 4.2 must count as 4.2. Real figures carry at most a few decimals, so no genuine
     * shortfall is this small.
     */
    static final double TOLERANCE = 1e-9;

    private final Standard standard;
    private final String[] indicatorIds;
    // The standard of each indicator, NaN where the pack sets none, by segment ordinal.
    private final double[][] thresholdsBySegment;

    public SchoolEvaluator(Standard standard) {
        this.standard = standard;
        List<IndicatorDefinition> indicators = standard.indicators();
        this.indicatorIds = new String[indicators.size()];
        this.thresholdsBySegment = new double[Segment.values().length][indicators.size()];
        for (int i = 0; i < indicators.size(); i++) {
            indicatorIds[i] = indicators.get(i).id();
            for (Segment segment : Segment.values()) {
                thresholdsBySegment[segment.ordinal()][i] = indicators.get(i).thresholdOrNaN(segment);
            }
        }
    }

    /** Whether a value at {@code ratio} of its standard reaches it (within {@link #TOLERANCE}). */
    static boolean meets(double ratio) {
        return ratio >= 1 - TOLERANCE;
    }

    /** The indicator value of {@code part}: {@code per × net numerator ÷ students}; the part has students. */
    public static double value(IndicatorDefinition indicator, SegmentPart part) {
        return indicator.per() * numerator(indicator, part) / part.students();
    }

    /** The net numerator quantity of {@code indicator} for {@code part} (added minus deducted). */
    public static double numerator(IndicatorDefinition indicator, SegmentPart part) {
        // Indexed loops: this runs for every school and indicator, and an iterator per loop is measurable garbage.
        List<Quantity> added = indicator.added();
        List<Quantity> deducted = indicator.deducted();
        double sum = 0;
        for (int i = 0; i < added.size(); i++) {
            sum += part.quantity(added.get(i));
        }
        for (int i = 0; i < deducted.size(); i++) {
            sum -= part.quantity(deducted.get(i));
        }
        return Math.max(0, sum);
    }

    public SchoolEvaluation evaluate(SegmentPart part) {
        // The values alone (IndicatorScores derives the rest): this runs for every school part, and the part's scores
        // stay live to the end of the run.
        double[] thresholds = thresholdsBySegment[part.segment().ordinal()];
        double[] values = new double[thresholds.length];
        int met = 0;
        double lowestRatio = Double.POSITIVE_INFINITY;
        List<IndicatorDefinition> indicators = standard.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            double value = value(indicators.get(i), part);
            values[i] = value;
            double threshold = thresholds[i];
            if (!Double.isNaN(threshold)) {
                double ratio = value / threshold;
                met += meets(ratio) ? 1 : 0;
                lowestRatio = Math.min(lowestRatio, ratio);
            }
        }
        Boolean compliant = null;
        SchoolRule rule = standard.schoolRule();
        if (rule != null) {
            compliant = met >= rule.minMet() && lowestRatio >= rule.floorRatio() - TOLERANCE;
        }
        return new SchoolEvaluation(part, new IndicatorScores(indicatorIds, thresholds, values), met, compliant);
    }
}
