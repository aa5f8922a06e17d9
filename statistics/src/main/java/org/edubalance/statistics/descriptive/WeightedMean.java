package org.edubalance.statistics.descriptive;

import org.edubalance.statistics.WeightedSample;

/**
 * The weighted arithmetic mean.
 *
 * <p>Formula: {@code x̄ = Σ w_i x_i / W} with {@code W = Σ w_i}. With enrolment weights this is the pooled county
 * value ({@code x̄ = m · Σ X_i / Σ P_i}: county total divided by county students), the mean that the 差异系数 uses
 * (docs/standards.md §3.1). Unit: the unit of the values.
 */
public final class WeightedMean {

    private WeightedMean() {}

    /**
     * The weighted mean {@code Σ w_i x_i / Σ w_i}.
     *
     * @param sample any sample; negative values are allowed; never {@code null}
     * @return the weighted mean in the unit of the values; {@code NaN} when the sample is empty or its total weight
     *     is 0; observations with weight 0 do not affect the result
     */
    public static double of(WeightedSample sample) {
        double totalWeight = sample.totalWeight();
        if (totalWeight == 0.0) {
            return Double.NaN;
        }
        double weightedSum = 0.0;
        for (int i = 0; i < sample.size(); i++) {
            weightedSum += sample.weight(i) * sample.value(i);
        }
        return weightedSum / totalWeight;
    }
}
