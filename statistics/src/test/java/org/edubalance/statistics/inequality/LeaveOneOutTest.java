package org.edubalance.statistics.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.statistics.ReferenceValues.expected;
import static org.edubalance.statistics.ReferenceValues.sample;
import static org.edubalance.statistics.ReferenceValues.tolerance;
import static org.edubalance.statistics.ReferenceValues.units;

import java.util.stream.LongStream;
import org.edubalance.statistics.RandomSamples;
import org.edubalance.statistics.WeightedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeaveOneOutTest {

    static LongStream seeds() {
        return RandomSamples.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"worked_example", "three_zones", "county_twelve"})
    void weightedCoefficientContributionsMatchTheReferenceScript(String dataset) {
        double[] contributions = LeaveOneOut.contributions(CoefficientOfVariation.WEIGHTED, sample(dataset));

        String[] units = units(dataset);
        assertThat(contributions).hasSize(units.length);
        for (int i = 0; i < units.length; i++) {
            assertThat(contributions[i]).isCloseTo(expected(dataset, "loo_cv_weighted", units[i]), tolerance(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"worked_example", "three_zones", "county_twelve"})
    void giniContributionsMatchTheReferenceScript(String dataset) {
        double[] contributions = LeaveOneOut.contributions(GiniCoefficient.INSTANCE, sample(dataset));

        String[] units = units(dataset);
        for (int i = 0; i < units.length; i++) {
            assertThat(contributions[i]).isCloseTo(expected(dataset, "loo_gini", units[i]), tolerance(1));
        }
    }

    @Test
    void workedExampleSchoolWithFewestBooksRaisesInequalityMost() {
        // 小学4 has 2.11 books per student against a county mean of 6.33 (docs/standards.md §3.2).
        double[] contributions = LeaveOneOut.contributions(CoefficientOfVariation.WEIGHTED, sample("worked_example"));

        assertThat(contributions[3]).isPositive();
        for (double contribution : contributions) {
            assertThat(contributions[3]).isGreaterThanOrEqualTo(contribution);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void centredSumsPathEqualsTheGenericPathToRoundingError(long seed) {
        WeightedSample sample = RandomSamples.nonNegative(seed);
        InequalityMeasure opaque = new InequalityMeasure() {
            @Override
            public String name() {
                return "opaque-weighted-cv";
            }

            @Override
            public double evaluate(WeightedSample s) {
                return CoefficientOfVariation.WEIGHTED.evaluate(s);
            }
        };

        // The weighted CV takes an O(n) path from centred sums; it must agree with n direct recomputations.
        assertThat(LeaveOneOut.contributions(CoefficientOfVariation.WEIGHTED, sample))
                .containsExactly(LeaveOneOut.contributions(opaque, sample), within(1e-12));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void elementIsFullMinusReducedForTheTheilIndex(long seed) {
        WeightedSample sample = RandomSamples.nonNegative(seed);
        double full = TheilIndex.INSTANCE.evaluate(sample);

        double[] contributions = LeaveOneOut.contributions(TheilIndex.INSTANCE, sample);

        for (int i = 0; i < sample.size(); i++) {
            double reduced = TheilIndex.INSTANCE.evaluate(sample.without(i));
            assertThat(contributions[i]).isCloseTo(full - reduced, within(0.0));
        }
    }

    @Test
    void observationWithZeroWeightContributesNothing() {
        WeightedSample sample = WeightedSample.of(new double[] {2, 9, 4}, new double[] {10, 0, 30});

        assertThat(LeaveOneOut.contributions(CoefficientOfVariation.WEIGHTED, sample)[1])
                .isZero();
        assertThat(LeaveOneOut.contributions(GiniCoefficient.INSTANCE, sample)[1])
                .isZero();
        assertThat(LeaveOneOut.contributions(TheilIndex.INSTANCE, sample)[1]).isZero();
    }

    @Test
    void singleObservationIsNotEvaluable() {
        WeightedSample sample = WeightedSample.of(new double[] {6.2}, new double[] {45});

        assertThat(LeaveOneOut.contributions(CoefficientOfVariation.WEIGHTED, sample))
                .containsExactly(Double.NaN);
        assertThat(LeaveOneOut.contributions(GiniCoefficient.INSTANCE, sample)).containsExactly(Double.NaN);
    }

    @Test
    void twoObservationsEachContributeTheWholeMeasure() {
        WeightedSample sample = WeightedSample.unweighted(1, 3);

        assertThat(LeaveOneOut.contributions(GiniCoefficient.INSTANCE, sample)).containsExactly(0.25, 0.25);
    }

    @Test
    void emptySampleGivesNoContributions() {
        assertThat(LeaveOneOut.contributions(TheilIndex.INSTANCE, WeightedSample.unweighted()))
                .isEmpty();
        assertThat(LeaveOneOut.contributions(CoefficientOfVariation.WEIGHTED, WeightedSample.unweighted()))
                .isEmpty();
    }

    @Test
    void rejectsANegativeValue() {
        assertThatThrownBy(() ->
                        LeaveOneOut.contributions(CoefficientOfVariation.WEIGHTED, WeightedSample.unweighted(1, -2, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
