package org.edubalance.statistics.inequality;

import org.edubalance.statistics.WeightedSample;

/**
 * Leave-one-out contributions: how much each unit (school) moves an inequality measure.
 *
 * <p>Formula: {@code c_i = M(sample) − M(sample without i)}, in the unit of the measure. A positive {@code c_i} means
 * unit {@code i} raises inequality (the county is more equal without it); a negative one means it lowers inequality.
 * The contributions do not add up to {@code M(sample)}. Used to point planners at the schools that drive a 差异系数
 * above its threshold (docs/standards.md §1.3.2, §7 item 8).
 */
public final class LeaveOneOut {

    private LeaveOneOut() {}

    /**
     * The leave-one-out contribution of every observation.
     *
     * <p>Cost: {@code n + 1} evaluations of the measure. For {@link CoefficientOfVariation} the reduced samples are
     * two scratch arrays updated in place (four array allocations in total, whatever {@code n}); for other measures
     * each reduced sample is one {@link WeightedSample#without} copy.
     *
     * @param measure the measure to explain; never {@code null}
     * @param sample the observations; never {@code null}
     * @return a new array of length {@code sample.size()}, element {@code i} being {@code M(sample) − M(sample
     *     without i)}; {@code NaN} where either side is not evaluable (for example every element for a one-school
     *     sample, whose reduced sample is empty); an observation with weight 0 gets 0 from the measures of this
     *     package, which ignore such observations
     * @throws IllegalArgumentException when the measure rejects the sample (for example a negative value)
     */
    public static double[] contributions(InequalityMeasure measure, WeightedSample sample) {
        double full = measure.evaluate(sample);
        int n = sample.size();
        double[] contributions = new double[n];
        if (n == 0) {
            return contributions;
        }
        if (measure == CoefficientOfVariation.WEIGHTED && !Double.isNaN(full)) {
            fillFromCentredSums(sample, full, contributions);
        } else if (measure instanceof CoefficientOfVariation coefficientOfVariation) {
            fillInPlace(coefficientOfVariation, sample, full, contributions);
        } else {
            for (int i = 0; i < n; i++) {
                contributions[i] = full - measure.evaluate(sample.without(i));
            }
        }
        return contributions;
    }

    // The weighted CV without observation i in O(1) each, from sums of deviations from the full weighted mean m:
    // with d_j = x_j − m, W = Σ w_j, A = Σ w_j d_j (≈ 0) and B = Σ w_j d_j², leaving i out gives
    // W' = W − w_i, A' = A − w_i d_i, B' = B − w_i d_i², mean' = m + A'/W', variance' = B'/W' − (A'/W')².
    // Centring on m first keeps the subtraction well conditioned (no Σ w x² − (Σ w x)² cancellation). Counties
    // are evaluated with this for every indicator, so the O(n²) direct recomputation was the evaluation's hot spot.
    private static void fillFromCentredSums(WeightedSample sample, double full, double[] contributions) {
        int n = sample.size();
        double total = sample.totalWeight();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += sample.weight(i) * sample.value(i);
        }
        mean /= total;
        double a = 0;
        double b = 0;
        for (int i = 0; i < n; i++) {
            double d = sample.value(i) - mean;
            a += sample.weight(i) * d;
            b += sample.weight(i) * d * d;
        }
        for (int i = 0; i < n; i++) {
            double w = sample.weight(i);
            if (w == 0) {
                contributions[i] = 0;
                continue;
            }
            double rest = total - w;
            double d = sample.value(i) - mean;
            double shift = (a - w * d) / rest;
            double reducedMean = mean + shift;
            if (!(rest > 0) || reducedMean == 0) {
                contributions[i] = Double.NaN;
                continue;
            }
            double variance = Math.max(0, (b - w * d * d) / rest - shift * shift);
            contributions[i] = full - Math.sqrt(variance) / reducedMean;
        }
    }

    // Keeps values and weights without observation i in two scratch arrays: going from i - 1 to i only puts
    // observation i - 1 back at position i - 1.
    private static void fillInPlace(
            CoefficientOfVariation measure, WeightedSample sample, double full, double[] contributions) {
        double[] values = sample.values();
        double[] weights = sample.weights();
        int reduced = values.length - 1;
        double[] scratchValues = new double[reduced];
        double[] scratchWeights = new double[reduced];
        System.arraycopy(values, 1, scratchValues, 0, reduced);
        System.arraycopy(weights, 1, scratchWeights, 0, reduced);
        for (int i = 0; i <= reduced; i++) {
            if (i > 0) {
                scratchValues[i - 1] = values[i - 1];
                scratchWeights[i - 1] = weights[i - 1];
            }
            contributions[i] = full - measure.evaluate(scratchValues, scratchWeights, reduced);
        }
    }
}
