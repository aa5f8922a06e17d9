package org.edubalance.statistics.inequality;

import org.edubalance.statistics.WeightedSample;
import org.edubalance.statistics.descriptive.WeightedMean;

/** The shared first steps of the measures defined for non-negative values: domain check and degenerate cases. */
final class NonNegativeDomain {

    private NonNegativeDomain() {}

    /**
     * Rejects negative values and returns the weighted mean, or {@code NaN} when the measure is not evaluable (empty
     * sample, total weight 0, weighted mean 0).
     */
    static double evaluableMean(String measureName, WeightedSample sample) {
        for (int i = 0; i < sample.size(); i++) {
            requireNonNegative(measureName, sample.value(i), i);
        }
        double mean = WeightedMean.of(sample);
        return mean == 0.0 ? Double.NaN : mean;
    }

    static void requireNonNegative(String measureName, double value, int index) {
        if (value < 0.0) {
            throw new IllegalArgumentException(measureName + " is defined for non-negative values only, got value["
                    + index + "] = " + value
                    + "\nMaybe the indicator is a difference or a growth rate; use a level instead.");
        }
    }

    /**
     * Whether all observations with positive weight have the same value; such samples are perfectly equal, and
     * answering 0 directly avoids the rounding error of the computed mean.
     */
    static boolean isEqualDistribution(WeightedSample sample) {
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
