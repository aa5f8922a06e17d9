package org.edubalance.statistics;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A validated, immutable sample of observations {@code x_i} with non-negative weights {@code w_i}, the input of every
 * measure in this module.
 *
 * <p>In EduBalance an observation is one school's indicator value (for example books per student) and its weight is
 * the school's enrolment in the segment ({@code P_i} of docs/standards.md §3.1). Weights act as frequency weights: a
 * weight of 0 means the observation does not count in weighted statistics (docs/standards.md §3.4 excludes schools with
 * {@code P_i = 0}), a weight of 2 counts like two identical observations of weight 1.
 *
 * <p>Invariants checked on construction: values are finite (negative values are allowed here; the measures that are
 * defined only for non-negative values reject them); weights are finite and {@code >= 0}; both arrays have the same
 * length. The empty sample is allowed. Negative zero is stored as positive zero, so {@code -0.0} and {@code 0.0}
 * produce equal samples. Arrays are copied on the way in and out. {@code null} arrays are rejected with a
 * {@link NullPointerException}.
 */
public final class WeightedSample {

    private final double[] values;
    private final double[] weights;
    private final double totalWeight;

    private WeightedSample(double[] values, double[] weights) {
        this.values = values;
        this.weights = weights;
        double sum = 0.0;
        for (double weight : weights) {
            sum += weight;
        }
        this.totalWeight = sum;
    }

    /**
     * Creates a sample from parallel arrays of values and weights; both arrays are copied.
     *
     * @param values the observations {@code x_i}, finite, any sign; unit of the indicator
     * @param weights the weights {@code w_i} (usually enrolment), finite and {@code >= 0}; same length as values
     * @return the sample
     * @throws IllegalArgumentException if the lengths differ, a value is NaN or infinite, or a weight is negative,
     *     NaN or infinite; the message names the offending index and value
     */
    public static WeightedSample of(double[] values, double[] weights) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(weights, "weights");
        if (values.length != weights.length) {
            throw new IllegalArgumentException("values and weights must have the same length, got " + values.length
                    + " values and " + weights.length + " weights");
        }
        double[] valueCopy = new double[values.length];
        double[] weightCopy = new double[weights.length];
        for (int i = 0; i < values.length; i++) {
            valueCopy[i] = checkedValue(values[i], i);
            weightCopy[i] = checkedWeight(weights[i], i);
        }
        return new WeightedSample(valueCopy, weightCopy);
    }

    /**
     * Creates a sample in which every observation has weight 1.
     *
     * @param values the observations, finite, any sign; copied
     * @return the sample
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public static WeightedSample unweighted(double... values) {
        double[] weights = new double[values.length];
        Arrays.fill(weights, 1.0);
        return of(values, weights);
    }

    private static double checkedValue(double value, int index) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("values must be finite, got value[" + index + "] = " + value
                    + "\nMaybe a school with 0 students was divided by; exclude it instead (docs/standards.md §3.4).");
        }
        return value + 0.0; // turns -0.0 into 0.0
    }

    private static double checkedWeight(double weight, int index) {
        if (!(weight >= 0.0) || weight == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "weights must be finite and >= 0, got weight[" + index + "] = " + weight);
        }
        return weight + 0.0;
    }

    /**
     * The number of observations.
     *
     * @return {@code n}, including observations with weight 0
     */
    public int size() {
        return values.length;
    }

    /**
     * One observation's value.
     *
     * @param i the observation, {@code 0 <= i < size()}
     * @return {@code x_i}, in the unit of the indicator
     * @throws IndexOutOfBoundsException unless {@code 0 <= i < size()}
     */
    public double value(int i) {
        return values[Objects.checkIndex(i, values.length)];
    }

    /**
     * One observation's weight.
     *
     * @param i the observation, {@code 0 <= i < size()}
     * @return {@code w_i >= 0} (for enrolment weights: students)
     * @throws IndexOutOfBoundsException unless {@code 0 <= i < size()}
     */
    public double weight(int i) {
        return weights[Objects.checkIndex(i, weights.length)];
    }

    /**
     * The total weight.
     *
     * @return {@code W = Σ w_i}, 0 for the empty sample; for enrolment weights, the segment's students
     */
    public double totalWeight() {
        return totalWeight;
    }

    /**
     * The values.
     *
     * @return a new array of {@code x_i} in observation order
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * The weights.
     *
     * @return a new array of {@code w_i} in observation order
     */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The sample without one observation (used for leave-one-out contributions).
     *
     * @param index the observation to drop, {@code 0 <= index < size()}
     * @return a sample of {@code size() − 1} observations in the same order
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
     */
    public WeightedSample without(int index) {
        Objects.checkIndex(index, values.length);
        return new WeightedSample(removed(values, index), removed(weights, index));
    }

    private static double[] removed(double[] source, int index) {
        double[] target = new double[source.length - 1];
        System.arraycopy(source, 0, target, 0, index);
        System.arraycopy(source, index + 1, target, index, source.length - index - 1);
        return target;
    }

    /** Equal when both samples hold the same values and weights in the same order. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WeightedSample that
                && Arrays.equals(values, that.values)
                && Arrays.equals(weights, that.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "WeightedSample[values=" + Arrays.toString(values) + ", weights=" + Arrays.toString(weights) + "]";
    }
}
