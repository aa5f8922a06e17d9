package org.edubalance.statistics.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.edubalance.statistics.RandomSamples;
import org.edubalance.statistics.WeightedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link InequalityMeasure} contract, run once for every measure by a concrete subclass (the Hipparchus pattern):
 * equality gives 0, invariance under scaling and permutation, the Pigou–Dalton transfer principle, and the
 * documented results for empty, single-value, zero-mean and negative input. Property tests run over
 * {@link RandomSamples#seeds()}.
 */
abstract class InequalityMeasureContractTest {

    private static final double INVARIANCE_TOLERANCE = 1e-12;

    /** The measure under test. */
    protected abstract InequalityMeasure measure();

    /**
     * Whether the measure weights observations by their weight; a measure that counts every observation with a
     * positive weight once answers {@code false}. Decides which transfer keeps the measure's mean.
     */
    protected boolean usesWeights() {
        return true;
    }

    static LongStream seeds() {
        return RandomSamples.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isZeroWhenAllValuesAreEqual(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[1 + random.nextInt(30)];
        double[] weights = new double[values.length];
        double common = 0.01 + 100.0 * random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            values[i] = common;
            weights[i] = 1 + random.nextInt(2000);
        }

        assertThat(measure().evaluate(WeightedSample.of(values, weights))).isZero();
    }

    @Test
    void isZeroForASingleObservation() {
        assertThat(measure().evaluate(WeightedSample.of(new double[] {6.2}, new double[] {45})))
                .isZero();
    }

    @Test
    void isZeroWhenOnlyOneObservationHasWeight() {
        WeightedSample sample = WeightedSample.of(new double[] {6.2, 3.7, 10.5}, new double[] {0, 45, 0});

        assertThat(measure().evaluate(sample)).isZero();
    }

    @Test
    void isNaNForAnEmptySample() {
        assertThat(measure().evaluate(WeightedSample.unweighted())).isNaN();
    }

    @Test
    void isNaNWhenTheTotalWeightIsZero() {
        WeightedSample sample = WeightedSample.of(new double[] {1.0, 3.0}, new double[] {0, 0});

        assertThat(measure().evaluate(sample)).isNaN();
    }

    @Test
    void isNaNWhenTheMeanIsZero() {
        assertThat(measure().evaluate(WeightedSample.unweighted(0.0, 0.0, 0.0))).isNaN();
        assertThat(measure().evaluate(WeightedSample.unweighted(0.0))).isNaN();
    }

    @Test
    void isNaNWhenOnlyWeightlessObservationsHaveValue() {
        WeightedSample sample = WeightedSample.of(new double[] {0.0, 0.0, 8.0}, new double[] {30, 20, 0});

        assertThat(measure().evaluate(sample)).isNaN();
    }

    @Test
    void rejectsANegativeValue() {
        WeightedSample sample = WeightedSample.unweighted(4.0, -1.5, 2.0);

        assertThatThrownBy(() -> measure().evaluate(sample))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(measure().name())
                .hasMessageContaining("value[1] = -1.5");
    }

    @Test
    void rejectsANegativeValueEvenWithZeroWeight() {
        WeightedSample sample = WeightedSample.of(new double[] {4.0, -1.5, 2.0}, new double[] {10, 0, 10});

        assertThatThrownBy(() -> measure().evaluate(sample)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isPositiveAndFiniteForUnequalValues(long seed) {
        assertThat(measure().evaluate(RandomSamples.nonNegative(seed)))
                .isPositive()
                .isFinite();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isInvariantUnderPermutation(long seed) {
        WeightedSample sample = RandomSamples.nonNegative(seed);
        WeightedSample permuted = RandomSamples.permuted(sample, RandomSamples.permutation(seed, sample.size()));

        assertThat(measure().evaluate(permuted)).isCloseTo(measure().evaluate(sample), within(INVARIANCE_TOLERANCE));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isInvariantUnderScalingTheValues(long seed) {
        WeightedSample sample = RandomSamples.nonNegative(seed);
        double factor = Math.exp(new SplittableRandom(seed).nextDouble(-9.0, 9.0));

        assertThat(measure().evaluate(RandomSamples.scaledValues(sample, factor)))
                .isCloseTo(measure().evaluate(sample), within(INVARIANCE_TOLERANCE));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isInvariantUnderScalingTheWeights(long seed) {
        WeightedSample sample = RandomSamples.nonNegative(seed);
        double factor = Math.exp(new SplittableRandom(seed).nextDouble(-9.0, 9.0));

        assertThat(measure().evaluate(RandomSamples.scaledWeights(sample, factor)))
                .isCloseTo(measure().evaluate(sample), within(INVARIANCE_TOLERANCE));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ignoresAnObservationWithZeroWeight(long seed) {
        WeightedSample sample = RandomSamples.nonNegative(seed);
        double[] values = append(sample.values(), 1e6 * new SplittableRandom(seed).nextDouble());
        double[] weights = append(sample.weights(), 0.0);

        assertThat(measure().evaluate(WeightedSample.of(values, weights)))
                .isEqualTo(measure().evaluate(sample));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void decreasesAfterATransferFromARicherToAPoorerUnit(long seed) {
        WeightedSample sample = RandomSamples.nonNegative(seed);
        int poorest = extreme(sample, -1);
        int richest = extreme(sample, +1);
        double poorWeight = effectiveWeight(sample, poorest);
        double richWeight = effectiveWeight(sample, richest);
        double gap = sample.value(richest) - sample.value(poorest);
        double share = new SplittableRandom(seed).nextDouble(0.1, 0.9);
        // This amount of the total keeps the mean and closes the gap by `share` without reversing the pair.
        double amount = share * gap * poorWeight * richWeight / (poorWeight + richWeight);
        double[] values = sample.values();
        values[poorest] += amount / poorWeight;
        values[richest] -= amount / richWeight;

        assertThat(measure().evaluate(WeightedSample.of(values, sample.weights())))
                .isLessThan(measure().evaluate(sample));
    }

    private double effectiveWeight(WeightedSample sample, int i) {
        return usesWeights() ? sample.weight(i) : 1.0;
    }

    // The index of the smallest (direction -1) or largest (+1) value among observations with positive weight.
    private static int extreme(WeightedSample sample, int direction) {
        int best = -1;
        for (int i = 0; i < sample.size(); i++) {
            if (sample.weight(i) > 0 && (best < 0 || direction * (sample.value(i) - sample.value(best)) > 0)) {
                best = i;
            }
        }
        return best;
    }

    private static double[] append(double[] array, double last) {
        double[] longer = Arrays.copyOf(array, array.length + 1);
        longer[array.length] = last;
        return longer;
    }
}
