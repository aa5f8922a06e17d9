package org.edubalance.statistics.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.statistics.ReferenceValues.expected;
import static org.edubalance.statistics.ReferenceValues.sample;
import static org.edubalance.statistics.ReferenceValues.tolerance;

import java.util.stream.Stream;
import org.edubalance.statistics.RandomSamples;
import org.edubalance.statistics.ReferenceValues;
import org.edubalance.statistics.WeightedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GiniCoefficientTest extends InequalityMeasureContractTest {

    @Override
    protected InequalityMeasure measure() {
        return GiniCoefficient.INSTANCE;
    }

    static Stream<String> datasets() {
        return ReferenceValues.datasets();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void matchesTheReferenceScript(String dataset) {
        double expected = expected(dataset, "gini");

        assertThat(GiniCoefficient.INSTANCE.evaluate(sample(dataset))).isCloseTo(expected, tolerance(expected));
    }

    @Test
    void handExamplesGiveOneQuarter() {
        // Values 1 and 3, equal weights: Σ_i Σ_j |x_i − x_j| = 4, 2 W² x̄ = 2 · 4 · 2 = 16, G = 1/4.
        assertThat(GiniCoefficient.INSTANCE.evaluate(WeightedSample.unweighted(1, 3)))
                .isCloseTo(0.25, within(1e-15));
        // Enrolments 3 and 1: 2 · 3 · 1 · |1 − 3| = 12, 2 W² x̄ = 2 · 16 · 1.5 = 48, G = 1/4.
        assertThat(GiniCoefficient.INSTANCE.evaluate(WeightedSample.of(new double[] {1, 3}, new double[] {3, 1})))
                .isCloseTo(0.25, within(1e-15));
    }

    @Test
    void equalWeightsReachOneMinusOneOverNWhenOneUnitHoldsEverything() {
        assertThat(GiniCoefficient.INSTANCE.evaluate(WeightedSample.unweighted(0, 0, 0, 7)))
                .isCloseTo(0.75, within(1e-15));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sortedFormulaEqualsTheDoubleSumDefinition(long seed) {
        WeightedSample sample = RandomSamples.nonNegative(seed);

        assertThat(GiniCoefficient.INSTANCE.evaluate(sample)).isCloseTo(doubleSum(sample), within(1e-12));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void integerWeightsActLikeRepeatedSchools(long seed) {
        WeightedSample sample = RandomSamples.withSmallWeights(seed);

        assertThat(GiniCoefficient.INSTANCE.evaluate(sample))
                .isCloseTo(GiniCoefficient.INSTANCE.evaluate(RandomSamples.replicated(sample)), within(1e-12));
    }

    // The O(n²) definition G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² x̄), as an independent oracle.
    private static double doubleSum(WeightedSample sample) {
        double sum = 0;
        double weightedTotal = 0;
        for (int i = 0; i < sample.size(); i++) {
            weightedTotal += sample.weight(i) * sample.value(i);
            for (int j = 0; j < sample.size(); j++) {
                sum += sample.weight(i) * sample.weight(j) * Math.abs(sample.value(i) - sample.value(j));
            }
        }
        return sum / (2 * sample.totalWeight() * weightedTotal);
    }
}
