package org.edubalance.statistics.inequality;

import java.util.Arrays;
import org.edubalance.statistics.WeightedSample;

/**
 * The population-weighted Gini coefficient (基尼系数): half the weighted mean absolute difference divided by the
 * weighted mean.
 *
 * <p>Formula: {@code G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² x̄)} with {@code W = Σ w_i} and
 * {@code x̄ = Σ w_i x_i / W}. With enrolment weights every student carries its school's value, so {@code G} is the
 * Gini of the distribution over students (Lerman and Yitzhaki, "A note on the calculation and interpretation of the
 * Gini index", Economics Letters 15, 1984). Dimensionless, in {@code [0, 1)}; with {@code n} equal weights the maximum
 * is {@code 1 − 1/n} (no small-sample correction is applied).
 *
 * <p>Computed in {@code O(n log n)}: the values are sorted, tied values are pooled, and with {@code B_k} the weight
 * of all smaller values, {@code G = Σ_k w_k x_k (2 B_k + w_k − W) / (W² x̄)}.
 *
 * <p>Follows the {@link InequalityMeasure} contract: {@code NaN} when empty, total weight 0 or mean 0; exactly 0 for
 * one observation or equal values; {@link IllegalArgumentException} for a negative value. Use the stateless
 * {@link #INSTANCE}.
 */
public final class GiniCoefficient implements InequalityMeasure {

    /** The only instance (the measure has no parameters); name {@code "gini"}. */
    public static final GiniCoefficient INSTANCE = new GiniCoefficient();

    private GiniCoefficient() {}

    @Override
    public String name() {
        return "gini";
    }

    @Override
    public double evaluate(WeightedSample sample) {
        double mean = NonNegativeDomain.evaluableMean(name(), sample);
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        if (NonNegativeDomain.isEqualDistribution(sample)) {
            return 0.0;
        }
        double[] distinct = sample.values();
        Arrays.sort(distinct);
        int distinctCount = compactDistinct(distinct);
        double[] weightOfDistinct = new double[distinctCount];
        for (int i = 0; i < sample.size(); i++) {
            weightOfDistinct[Arrays.binarySearch(distinct, 0, distinctCount, sample.value(i))] += sample.weight(i);
        }
        double totalWeight = sample.totalWeight();
        double below = 0.0;
        double sum = 0.0;
        for (int k = 0; k < distinctCount; k++) {
            double weight = weightOfDistinct[k];
            sum += weight * distinct[k] * (2.0 * below + weight - totalWeight);
            below += weight;
        }
        return sum / (totalWeight * totalWeight * mean);
    }

    // Moves the distinct values of a sorted array to its front and returns how many there are.
    private static int compactDistinct(double[] sorted) {
        int count = 0;
        for (double value : sorted) {
            if (count == 0 || sorted[count - 1] != value) {
                sorted[count++] = value;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return name();
    }
}
