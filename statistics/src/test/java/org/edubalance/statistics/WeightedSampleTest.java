package org.edubalance.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightedSampleTest {

    @Test
    void keepsValuesAndWeightsInOrder() {
        WeightedSample sample = WeightedSample.of(new double[] {6.2, 3.7, 10.5}, new double[] {45, 37, 89});

        assertThat(sample.size()).isEqualTo(3);
        assertThat(sample.value(1)).isEqualTo(3.7);
        assertThat(sample.weight(2)).isEqualTo(89.0);
        assertThat(sample.values()).containsExactly(6.2, 3.7, 10.5);
        assertThat(sample.weights()).containsExactly(45, 37, 89);
        assertThat(sample.totalWeight()).isEqualTo(171.0);
    }

    @Test
    void unweightedGivesEveryObservationWeightOne() {
        WeightedSample sample = WeightedSample.unweighted(2, 4, 8);

        assertThat(sample.weights()).containsExactly(1, 1, 1);
        assertThat(sample.totalWeight()).isEqualTo(3.0);
    }

    @Test
    void emptySampleHasNoWeight() {
        WeightedSample sample = WeightedSample.unweighted();

        assertThat(sample.size()).isZero();
        assertThat(sample.totalWeight()).isZero();
    }

    @Test
    void copiesTheInputArrays() {
        double[] values = {1, 2};
        double[] weights = {3, 4};
        WeightedSample sample = WeightedSample.of(values, weights);

        values[0] = 99;
        weights[0] = 99;

        assertThat(sample.value(0)).isEqualTo(1.0);
        assertThat(sample.weight(0)).isEqualTo(3.0);
    }

    @Test
    void returnsCopiesOfItsArrays() {
        WeightedSample sample = WeightedSample.of(new double[] {1, 2}, new double[] {3, 4});

        sample.values()[0] = 99;
        sample.weights()[0] = 99;

        assertThat(sample.value(0)).isEqualTo(1.0);
        assertThat(sample.weight(0)).isEqualTo(3.0);
    }

    @Test
    void rejectsArraysOfDifferentLengths() {
        assertThatThrownBy(() -> WeightedSample.of(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 values and 1 weights");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsAValueThatIsNotFinite(double value) {
        assertThatThrownBy(() -> WeightedSample.unweighted(1, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value[1] = " + value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -1e-300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsAWeightThatIsNegativeOrNotFinite(double weight) {
        assertThatThrownBy(() -> WeightedSample.of(new double[] {1, 2}, new double[] {1, weight}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight[1] = " + weight);
    }

    @Test
    void acceptsNegativeValuesAndZeroWeights() {
        WeightedSample sample = WeightedSample.of(new double[] {-3, 4}, new double[] {0, 2});

        assertThat(sample.value(0)).isEqualTo(-3.0);
        assertThat(sample.totalWeight()).isEqualTo(2.0);
    }

    @Test
    @SuppressWarnings("DataFlowIssue")
    void rejectsNullArrays() {
        assertThatThrownBy(() -> WeightedSample.of(null, new double[0])).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WeightedSample.of(new double[0], null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void storesNegativeZeroAsZero() {
        WeightedSample sample = WeightedSample.of(new double[] {-0.0}, new double[] {-0.0});

        assertThat(sample).isEqualTo(WeightedSample.of(new double[] {0.0}, new double[] {0.0}));
        assertThat(Double.doubleToRawLongBits(sample.value(0))).isZero();
    }

    @Test
    void withoutRemovesOneObservationAndKeepsTheOrder() {
        WeightedSample sample = WeightedSample.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});

        WeightedSample reduced = sample.without(1);

        assertThat(reduced).isEqualTo(WeightedSample.of(new double[] {1, 3}, new double[] {4, 6}));
        assertThat(reduced.totalWeight()).isEqualTo(10.0);
        assertThat(sample.size()).isEqualTo(3);
        assertThat(sample.without(0).without(0).without(0).size()).isZero();
    }

    @Test
    void rejectsAnIndexOutOfRange() {
        WeightedSample sample = WeightedSample.unweighted(1, 2);

        assertThatThrownBy(() -> sample.value(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> sample.weight(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> sample.without(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void isEqualByContent() {
        WeightedSample sample = WeightedSample.of(new double[] {1, 2}, new double[] {3, 4});
        WeightedSample same = WeightedSample.of(new double[] {1, 2}, new double[] {3, 4});

        assertThat(sample).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(sample).isNotEqualTo(WeightedSample.of(new double[] {2, 1}, new double[] {4, 3}));
        assertThat(sample).isNotEqualTo(WeightedSample.of(new double[] {1, 2}, new double[] {3, 5}));
        assertThat(sample).isNotEqualTo(WeightedSample.unweighted(1, 2));
        assertThat(sample).isNotEqualTo("WeightedSample");
    }

    @Test
    void showsValuesAndWeights() {
        assertThat(WeightedSample.of(new double[] {1.5, 2}, new double[] {3, 4}))
                .hasToString("WeightedSample[values=[1.5, 2.0], weights=[3.0, 4.0]]");
    }
}
