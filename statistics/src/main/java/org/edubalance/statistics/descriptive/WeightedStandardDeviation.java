package org.edubalance.statistics.descriptive;

import org.edubalance.statistics.WeightedSample;

/**
 * The weighted population standard deviation (frequency weights, divisor {@code W}, no {@code n − 1} correction).
 *
 * <p>Formula: {@code S = sqrt( Σ (w_i / W) (x_i − x̄)² )} with {@code W = Σ w_i} and {@code x̄} the
 * {@link WeightedMean}. This is the {@code S} of the 差异系数 (docs/standards.md §3.1; the official worked example of §3.2
 * gives {@code S = 3.264} books per student). Unit: the unit of the values.
 *
 * <p>Computed with the corrected two-pass algorithm (Chan, Golub and LeVeque, "Algorithms for computing the sample
 * variance: analysis and recommendations", The American Statistician 37(3), 1983):
 * {@code S² = (Σ w_i d_i² − (Σ w_i d_i)² / W) / W} with {@code d_i = x_i − x̄}; the second term removes the rounding
 * error of the computed mean.
 */
public final class WeightedStandardDeviation {

    private WeightedStandardDeviation() {}

    /**
     * The weighted population standard deviation {@code sqrt(Σ (w_i/W)(x_i − x̄)²)}.
     *
     * @param sample any sample; negative values are allowed; never {@code null}
     * @return the standard deviation ({@code >= 0}) in the unit of the values; {@code NaN} when the sample is empty
     *     or its total weight is 0; exactly 0 when all observations with positive weight have the same value (in
     *     particular for a single such observation); observations with weight 0 do not affect the result
     */
    public static double population(WeightedSample sample) {
        double mean = WeightedMean.of(sample);
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        if (hasOneDistinctValue(sample)) {
            return 0.0;
        }
        double squares = 0.0;
        double deviations = 0.0;
        for (int i = 0; i < sample.size(); i++) {
            double deviation = sample.value(i) - mean;
            squares += sample.weight(i) * deviation * deviation;
            deviations += sample.weight(i) * deviation;
        }
        double totalWeight = sample.totalWeight();
        double variance = (squares - deviations * deviations / totalWeight) / totalWeight;
        return Math.sqrt(Math.max(0.0, variance));
    }

    // The rounding error of the mean would otherwise give a tiny positive deviation for equal values.
    private static boolean hasOneDistinctValue(WeightedSample sample) {
        double first = Double.NaN;
        for (int i = 0; i < sample.size(); i++) {
            if (sample.weight(i) > 0.0) {
                if (Double.isNaN(first)) {
                    first = sample.value(i);
                } else if (sample.value(i) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
