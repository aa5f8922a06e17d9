package org.edubalance.statistics.inequality;

import org.edubalance.statistics.WeightedSample;

/**
 * The coefficient of variation (差异系数): population standard deviation divided by the mean.
 *
 * <p>Two variants, both dimensionless and both defined for non-negative values only:
 *
 * <ul>
 *   <li>{@link #WEIGHTED}: the official 差异系数 (docs/standards.md §3.1), enrolment-weighted population SD around the
 *       weighted (pooled) mean: {@code x̄ = Σ w_i x_i / W}, {@code S = sqrt(Σ (w_i/W)(x_i − x̄)²)},
 *       {@code CV = S / x̄}, {@code W = Σ w_i}. The official worked example (§3.2) gives 0.5153, published as 0.52.
 *       This is the only variant to test against the 0.50 / 0.45 thresholds.
 *   <li>{@link #UNWEIGHTED}: the plain population CV, for comparison only. Every observation with a positive weight
 *       counts once ({@code w_i > 0} ↦ 1); observations with weight 0 are excluded as in docs/standards.md §3.4. The
 *       worked example gives 0.489. Several third-party tools use this; docs/standards.md §3.2 and §7 call it wrong.
 * </ul>
 *
 * <p>Both follow the {@link InequalityMeasure} contract: {@code NaN} when empty, total weight 0 or mean 0; exactly 0
 * when all counted observations are equal (so a county with one school gets 0, docs/standards.md §3.4);
 * {@link IllegalArgumentException} for negative values. Results above 1 occur in official tables and are not
 * clamped.
 *
 * <p>Algorithm: corrected two-pass (Chan, Golub and LeVeque 1983), {@code S² = (Σ w_i d_i² − (Σ w_i d_i)² / W) / W}
 * with {@code d_i = x_i − x̄}; the second term cancels the rounding error of the computed mean. The static kernel
 * {@link #weighted(double[], double[], int)} traverses its arrays twice and allocates nothing; {@link #evaluate}
 * first copies the sample's arrays once.
 */
public final class CoefficientOfVariation implements InequalityMeasure {

    /** The official enrolment-weighted 差异系数 (docs/standards.md §3.1); name {@code "weighted-cv"}. */
    public static final CoefficientOfVariation WEIGHTED = new CoefficientOfVariation("weighted-cv", true);

    /** The unweighted population CV, for comparison only; name {@code "unweighted-cv"}. */
    public static final CoefficientOfVariation UNWEIGHTED = new CoefficientOfVariation("unweighted-cv", false);

    private final String name;
    private final boolean usesWeights;

    private CoefficientOfVariation(String name, boolean usesWeights) {
        this.name = name;
        this.usesWeights = usesWeights;
    }

    /**
     * The official weighted 差异系数 computed straight from arrays: the same result as
     * {@code WEIGHTED.evaluate(WeightedSample.of(values, weights))} restricted to the first {@code length}
     * observations, without boxing, copying or allocation. Meant for hot loops (CV-target simulations, docs/standards.md
     * §7 item 8) and benchmarks.
     *
     * @param values the school values {@code x_i} (finite, {@code >= 0}); entries from {@code length} on are ignored
     * @param weights the enrolments {@code w_i} (finite, {@code >= 0}); entries from {@code length} on are ignored
     * @param length the number of observations to use, {@code 0 <= length <= min(values.length, weights.length)}
     * @return {@code S / x̄}, dimensionless; {@code NaN} when {@code length} is 0, the total weight is 0 or the
     *     weighted mean is 0; exactly 0 when all observations with positive weight have the same value
     * @throws IllegalArgumentException when {@code length} is out of range, a value is negative, NaN or infinite, or
     *     a weight is negative, NaN or infinite
     */
    public static double weighted(double[] values, double[] weights, int length) {
        return coefficient("weighted-cv", values, weights, length, true);
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * {@inheritDoc}
     *
     * <p>For {@link #WEIGHTED}, {@code S / x̄} with enrolment weights (docs/standards.md §3.1); for {@link #UNWEIGHTED},
     * the same formula with every positive weight replaced by 1.
     */
    @Override
    public double evaluate(WeightedSample sample) {
        return coefficient(name, sample.values(), sample.weights(), sample.size(), usesWeights);
    }

    /** Evaluates this variant on the first {@code length} entries of the arrays, without copying. */
    double evaluate(double[] values, double[] weights, int length) {
        return coefficient(name, values, weights, length, usesWeights);
    }

    private static double coefficient(String name, double[] values, double[] weights, int length, boolean usesWeights) {
        if (length < 0 || length > values.length || length > weights.length) {
            throw new IllegalArgumentException(
                    "length must be in [0, " + Math.min(values.length, weights.length) + "], got " + length);
        }
        double totalWeight = 0.0;
        double weightedSum = 0.0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            double value = values[i];
            double weight = effectiveWeight(name, value, weights[i], i, usesWeights);
            if (weight > 0.0) {
                totalWeight += weight;
                weightedSum += weight * value;
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        double mean = weightedSum / totalWeight;
        if (totalWeight == 0.0 || mean == 0.0) {
            return Double.NaN;
        }
        if (min == max) {
            return 0.0;
        }
        double squares = 0.0;
        double deviations = 0.0;
        for (int i = 0; i < length; i++) {
            double weight = weightOf(weights[i], usesWeights);
            double deviation = values[i] - mean;
            squares += weight * deviation * deviation;
            deviations += weight * deviation;
        }
        double variance = (squares - deviations * deviations / totalWeight) / totalWeight;
        return Math.sqrt(Math.max(0.0, variance)) / mean;
    }

    private static double effectiveWeight(String name, double value, double weight, int index, boolean usesWeights) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("values must be finite, got value[" + index + "] = " + value);
        }
        NonNegativeDomain.requireNonNegative(name, value, index);
        if (!(weight >= 0.0) || weight == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "weights must be finite and >= 0, got weight[" + index + "] = " + weight);
        }
        return weightOf(weight, usesWeights);
    }

    // The unweighted variant counts every observation with a positive weight once (docs/standards.md §3.4).
    private static double weightOf(double weight, boolean usesWeights) {
        return usesWeights ? weight : (weight > 0.0 ? 1.0 : 0.0);
    }

    @Override
    public String toString() {
        return name;
    }
}
