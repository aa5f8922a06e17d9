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

class WeightedMeanTest {

    static Stream<String> datasets() {
        return ReferenceValues.datasets();
    }

    @Test
    void workedExampleMeanIsCountyBooksOverCountyStudents() {
        // docs/standards.md §3.2: x̄ = 1913 books / 302 students = 6.334.
        assertThat(WeightedMean.of(sample("worked_example"))).isCloseTo(1913.0 / 302.0, within(1e-14));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void matchesTheReferenceScript(String dataset) {
        double expected = expected(dataset, "weighted_mean");

        assertThat(WeightedMean.of(sample(dataset))).isCloseTo(expected, tolerance(expected));
    }

    @Test
    void isNaNForAnEmptySample() {
        assertThat(WeightedMean.of(WeightedSample.unweighted())).isNaN();
    }

    @Test
    void isNaNWhenTheTotalWeightIsZero() {
        assertThat(WeightedMean.of(WeightedSample.of(new double[] {1, 2}, new double[] {0, 0})))
                .isNaN();
    }

    @Test
    void ignoresObservationsWithZeroWeight() {
        assertThat(WeightedMean.of(WeightedSample.of(new double[] {1, 1000}, new double[] {2, 0})))
                .isEqualTo(1.0);
    }

    @Test
    void acceptsNegativeValues() {
        assertThat(WeightedMean.of(WeightedSample.of(new double[] {-2, 4}, new double[] {2, 1})))
                .isZero();
    }
}
