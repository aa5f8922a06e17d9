package org.edubalance.statistics.descriptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.statistics.ReferenceValues.expected;
import static org.edubalance.statistics.ReferenceValues.sample;
import static org.edubalance.statistics.ReferenceValues.tolerance;

import java.util.stream.Stream;
import org.edubalance.statistics.ReferenceValues;
import org.edubalance.statistics.WeightedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WeightedStandardDeviationTest {

    static Stream<String> datasets() {
        return ReferenceValues.datasets();
    }

    @Test
    void workedExampleGivesThePublishedDeviation() {
        // docs/standards.md §3.2: S = sqrt(10.653) = 3.264 books per student.
        assertThat(WeightedStandardDeviation.population(sample("worked_example")))
                .isCloseTo(3.264, within(0.0005));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void matchesTheReferenceScript(String dataset) {
        double expected = expected(dataset, "weighted_sd_population");

        assertThat(WeightedStandardDeviation.population(sample(dataset))).isCloseTo(expected, tolerance(expected));
    }

    @Test
    void dividesByTheTotalWeightNotByNMinusOne() {
        // Values 1 and 3, equal weights: population variance 1 (the sample variance would be 2).
        assertThat(WeightedStandardDeviation.population(WeightedSample.unweighted(1, 3)))
                .isEqualTo(1.0);
    }

    @Test
    void isExactlyZeroForEqualValues() {
        WeightedSample sample = WeightedSample.of(new double[] {0.1, 0.1, 0.1}, new double[] {7, 11, 13});

        assertThat(WeightedStandardDeviation.population(sample)).isZero();
    }

    @Test
    void isZeroForASingleObservation() {
        assertThat(WeightedStandardDeviation.population(WeightedSample.of(new double[] {0.3}, new double[] {3})))
                .isZero();
    }

    @Test
    void isNaNForAnEmptySample() {
        assertThat(WeightedStandardDeviation.population(WeightedSample.unweighted()))
                .isNaN();
    }

    @Test
    void isNaNWhenTheTotalWeightIsZero() {
        assertThat(WeightedStandardDeviation.population(WeightedSample.of(new double[] {1, 2}, new double[] {0, 0})))
                .isNaN();
    }

    @Test
    void staysAccurateForLargeValuesWithSmallSpread() {
        // Naive E[x²] − E[x]² loses every digit here; the two-pass algorithm keeps them.
        WeightedSample sample = WeightedSample.unweighted(1e9 + 1, 1e9 + 3);

        assertThat(WeightedStandardDeviation.population(sample)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void acceptsNegativeValues() {
        assertThat(WeightedStandardDeviation.population(WeightedSample.unweighted(-1, 1)))
                .isEqualTo(1.0);
    }
}
