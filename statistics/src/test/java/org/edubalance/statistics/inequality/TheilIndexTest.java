package org.edubalance.statistics.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.statistics.ReferenceValues.expected;
import static org.edubalance.statistics.ReferenceValues.groups;
import static org.edubalance.statistics.ReferenceValues.sample;
import static org.edubalance.statistics.ReferenceValues.tolerance;

import java.util.Arrays;
import java.util.stream.Stream;
import org.edubalance.statistics.RandomSamples;
import org.edubalance.statistics.ReferenceValues;
import org.edubalance.statistics.WeightedSample;
import org.edubalance.statistics.inequality.TheilDecomposition.GroupShare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TheilIndexTest extends InequalityMeasureContractTest {

    private static final TheilIndex THEIL = TheilIndex.INSTANCE;

    @Override
    protected InequalityMeasure measure() {
        return THEIL;
    }

    static Stream<String> datasets() {
        return ReferenceValues.datasets();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void matchesTheReferenceScript(String dataset) {
        double expected = expected(dataset, "theil_t");

        assertThat(THEIL.evaluate(sample(dataset))).isCloseTo(expected, tolerance(expected));
    }

    @Test
    void handExampleGivesHalfTheLogOfFourThirds() {
        // Values 1 and 3, enrolments 3 and 1: x̄ = 3/2, T = (3/4)(2/3) ln(2/3) + (1/4)(2) ln 2 = (1/2) ln(4/3).
        WeightedSample sample = WeightedSample.of(new double[] {1, 3}, new double[] {3, 1});

        assertThat(THEIL.evaluate(sample)).isCloseTo(0.5 * Math.log(4.0 / 3.0), within(1e-15));
    }

    @Test
    void treatsZeroTimesLogZeroAsZero() {
        // Values 0 and 2, equal weights: x̄ = 1, T = (1/2)(0) + (1/2)(2 ln 2) = ln 2.
        assertThat(THEIL.evaluate(WeightedSample.unweighted(0, 2))).isCloseTo(Math.log(2), within(1e-15));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void integerWeightsActLikeRepeatedSchools(long seed) {
        WeightedSample sample = RandomSamples.withSmallWeights(seed);

        assertThat(THEIL.evaluate(sample)).isCloseTo(THEIL.evaluate(RandomSamples.replicated(sample)), within(1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"three_zones", "county_twelve", "hand_two"})
    void decompositionMatchesTheReferenceScript(String dataset) {
        TheilDecomposition decomposition = THEIL.decompose(sample(dataset), groups(dataset));

        assertThat(decomposition.total()).isCloseTo(expected(dataset, "theil_t"), tolerance(1));
        assertThat(decomposition.between()).isCloseTo(expected(dataset, "theil_between"), tolerance(1));
        assertThat(decomposition.within()).isCloseTo(expected(dataset, "theil_within"), tolerance(1));
        for (GroupShare group : decomposition.groups()) {
            String label = group.label();
            assertThat(group.count()).isEqualTo((int) expected(dataset, "group_count", label));
            assertThat(group.weightShare()).isCloseTo(expected(dataset, "group_weight_share", label), tolerance(1));
            double mean = expected(dataset, "group_mean", label);
            assertThat(group.mean()).isCloseTo(mean, tolerance(mean));
            assertThat(group.theil()).isCloseTo(expected(dataset, "group_theil", label), tolerance(1));
            assertThat(group.contributionToWithin())
                    .isCloseTo(expected(dataset, "group_contribution_within", label), tolerance(1));
        }
    }

    @Test
    void decompositionListsGroupsInOrderOfFirstAppearance() {
        TheilDecomposition decomposition = THEIL.decompose(sample("three_zones"), groups("three_zones"));

        assertThat(decomposition.groups()).extracting(GroupShare::label).containsExactly("城区", "镇区", "乡村");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void betweenPlusWithinEqualsTotal(long seed) {
        WeightedSample sample = RandomSamples.nonNegative(seed);

        TheilDecomposition decomposition = THEIL.decompose(sample, RandomSamples.zones(seed, sample.size()));

        assertThat(decomposition.total()).isEqualTo(THEIL.evaluate(sample));
        assertThat(decomposition.between() + decomposition.within()).isCloseTo(decomposition.total(), within(1e-12));
        assertThat(decomposition.between()).isGreaterThanOrEqualTo(0.0);
        assertThat(decomposition.within()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void oneGroupHasNoBetweenComponent() {
        WeightedSample sample = sample("county_twelve");

        TheilDecomposition decomposition = THEIL.decompose(sample, sameLabel(sample.size()));

        assertThat(decomposition.between()).isCloseTo(0.0, within(1e-15));
        assertThat(decomposition.within()).isCloseTo(decomposition.total(), within(1e-15));
    }

    @Test
    void oneSchoolPerGroupHasNoWithinComponent() {
        WeightedSample sample = sample("worked_example");

        TheilDecomposition decomposition = THEIL.decompose(sample, ReferenceValues.units("worked_example"));

        assertThat(decomposition.within()).isZero();
        assertThat(decomposition.between()).isCloseTo(decomposition.total(), within(1e-15));
    }

    @Test
    void decompositionOfAnUnevaluableSampleIsNaN() {
        WeightedSample sample = WeightedSample.of(new double[] {0, 0, 5}, new double[] {10, 20, 0});

        TheilDecomposition decomposition = THEIL.decompose(sample, new String[] {"城区", "乡村", "乡村"});

        assertThat(decomposition.total()).isNaN();
        assertThat(decomposition.between()).isNaN();
        assertThat(decomposition.within()).isNaN();
        assertThat(decomposition.groups())
                .extracting(GroupShare::contributionToWithin)
                .allMatch(contribution -> contribution.isNaN());
        assertThat(decomposition.groups()).extracting(GroupShare::count).containsExactly(1, 2);
    }

    @Test
    void decompositionOfAnEmptySampleHasNoGroups() {
        TheilDecomposition decomposition = THEIL.decompose(WeightedSample.unweighted(), new String[0]);

        assertThat(decomposition.total()).isNaN();
        assertThat(decomposition.groups()).isEmpty();
    }

    @Test
    void decompositionRejectsAWrongNumberOfLabels() {
        assertThatThrownBy(() -> THEIL.decompose(WeightedSample.unweighted(1, 2), new String[] {"城区"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 labels for 2 observations");
    }

    @Test
    void decompositionRejectsANegativeValue() {
        assertThatThrownBy(() -> THEIL.decompose(WeightedSample.unweighted(1, -2), new String[] {"a", "b"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decompositionGroupsAreUnmodifiable() {
        TheilDecomposition decomposition = THEIL.decompose(sample("hand_two"), groups("hand_two"));

        assertThatThrownBy(() -> decomposition.groups().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static String[] sameLabel(int n) {
        String[] labels = new String[n];
        Arrays.fill(labels, "全县");
        return labels;
    }
}
