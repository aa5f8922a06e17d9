package org.edubalance.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
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
 * standard. Comparisons are on unrounded values ("4.2人以上" means ≥ 4.2, standards.md §0.2).
 */
public final class SchoolEvaluator {
    /**
     * Relative tolerance for "reaches the standard": a value computed as 4.2000000000000002 or 4.1999999999999993
     * from figures that give exactly 4.2 must count as 4.2. Real figures carry at most a few decimals, so no genuine
     * shortfall is this small.
     */
    static final double TOLERANCE = 1e-9;

    private final Standard standard;

    public SchoolEvaluator(Standard standard) {
        this.standard = standard;
    }

    /** The indicator value of {@code part}: {@code per × net numerator ÷ students}; the part has students. */
    public static double value(IndicatorDefinition indicator, SegmentPart part) {
        return indicator.per() * numerator(indicator, part) / part.students();
    }

    /** The net numerator quantity of {@code indicator} for {@code part} (added minus deducted). */
    public static double numerator(IndicatorDefinition indicator, SegmentPart part) {
        double sum = 0;
        for (Quantity q : indicator.added()) {
            sum += part.quantity(q);
        }
        for (Quantity q : indicator.deducted()) {
            sum -= part.quantity(q);
        }
        return Math.max(0, sum);
    }

    public SchoolEvaluation evaluate(SegmentPart part) {
        List<IndicatorScore> scores = new ArrayList<>(standard.indicators().size());
        int met = 0;
        double lowestRatio = Double.POSITIVE_INFINITY;
        for (IndicatorDefinition indicator : standard.indicators()) {
            double value = value(indicator, part);
            OptionalDouble threshold = indicator.threshold(part.segment());
            if (threshold.isPresent()) {
                double ratio = value / threshold.getAsDouble();
                boolean ok = ratio >= 1 - TOLERANCE;
                met += ok ? 1 : 0;
                lowestRatio = Math.min(lowestRatio, ratio);
                scores.add(new IndicatorScore(indicator.id(), value, threshold.getAsDouble(), ratio, ok));
            } else {
                scores.add(new IndicatorScore(indicator.id(), value, Double.NaN, Double.NaN, false));
            }
        }
        Boolean compliant = null;
        SchoolRule rule = standard.schoolRule();
        if (rule != null) {
            compliant = met >= rule.minMet() && lowestRatio >= rule.floorRatio() - TOLERANCE;
        }
        return new SchoolEvaluation(part, scores, met, compliant);
    }
}
