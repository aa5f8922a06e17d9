package org.edubalance.statistics.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.statistics.ReferenceValues.expected;
import static org.edubalance.statistics.ReferenceValues.groups;
import static org.edubalance.statistics.ReferenceValues.sample;
import static org.edubalance.statistics.ReferenceValues.tolerance;

import java.util.List;
import org.edubalance.statistics.WeightedSample;
import org.edubalance.statistics.inequality.GroupMeanComparison.GroupMean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroupMeanComparisonTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"three_zones", "county_twelve", "hand_two"})
    void groupMeansMatchTheReferenceScript(String dataset) {
        List<GroupMean> groups = GroupMeanComparison.of(sample(dataset), groups(dataset));

        assertThat(groups).isNotEmpty();
        for (GroupMean group : groups) {
            String label = group.label();
            assertThat(group.count()).isEqualTo((int) expected(dataset, "group_count", label));
            assertThat(group.totalWeight()).isEqualTo(expected(dataset, "group_total_weight", label));
            double mean = expected(dataset, "group_mean", label);
            assertThat(group.mean()).isCloseTo(mean, tolerance(mean));
        }
    }

    @ParameterizedTest(name = "{0} {1}:{2}")
    @CsvSource({"three_zones, 城区, 乡村", "three_zones, 城区, 镇区", "county_twelve, 城区, 乡村", "county_twelve, 镇区, 乡村"})
    void ratiosMatchTheReferenceScript(String dataset, String numerator, String denominator) {
        List<GroupMean> groups = GroupMeanComparison.of(sample(dataset), groups(dataset));
        double expected = expected(dataset, "group_mean_ratio", numerator + ":" + denominator);

        assertThat(GroupMeanComparison.ratio(groups, numerator, denominator)).isCloseTo(expected, tolerance(expected));
    }

    @Test
    void listsGroupsInOrderOfFirstAppearance() {
        WeightedSample sample = WeightedSample.unweighted(1, 2, 3, 4, 5);

        List<GroupMean> groups = GroupMeanComparison.of(sample, new String[] {"乡村", "城区", "乡村", "镇区", "城区"});

        assertThat(groups).extracting(GroupMean::label).containsExactly("乡村", "城区", "镇区");
        assertThat(groups).extracting(GroupMean::count).containsExactly(2, 2, 1);
        assertThat(groups).extracting(GroupMean::mean).containsExactly(2.0, 3.5, 4.0);
    }

    @Test
    void weightsTheGroupMeanByEnrolment() {
        // (100 · 2 + 300 · 6) / 400 = 5.
        WeightedSample sample = WeightedSample.of(new double[] {2, 6}, new double[] {100, 300});

        List<GroupMean> groups = GroupMeanComparison.of(sample, new String[] {"城区", "城区"});

        assertThat(groups).containsExactly(new GroupMean("城区", 2, 400, 5.0));
    }

    @Test
    void groupWithoutWeightHasNaNMean() {
        WeightedSample sample = WeightedSample.of(new double[] {2, 6}, new double[] {100, 0});

        List<GroupMean> groups = GroupMeanComparison.of(sample, new String[] {"城区", "乡村"});

        assertThat(groups.get(1).mean()).isNaN();
        assertThat(GroupMeanComparison.ratio(groups, "城区", "乡村")).isNaN();
    }

    @Test
    void ratioIsNaNWhenAGroupIsMissing() {
        List<GroupMean> groups = GroupMeanComparison.of(WeightedSample.unweighted(1, 2), new String[] {"城区", "镇区"});

        assertThat(GroupMeanComparison.ratio(groups, "城区", "乡村")).isNaN();
        assertThat(GroupMeanComparison.ratio(groups, "乡村", "城区")).isNaN();
    }

    @Test
    void ratioIsNaNWhenTheDenominatorMeanIsZero() {
        List<GroupMean> groups = GroupMeanComparison.of(WeightedSample.unweighted(3, 0), new String[] {"城区", "乡村"});

        assertThat(GroupMeanComparison.ratio(groups, "城区", "乡村")).isNaN();
        assertThat(GroupMeanComparison.ratio(groups, "乡村", "城区")).isZero();
    }

    @Test
    void ratioOfAGroupToItselfIsOne() {
        List<GroupMean> groups = GroupMeanComparison.of(sample("county_twelve"), groups("county_twelve"));

        assertThat(GroupMeanComparison.ratio(groups, "镇区", "镇区")).isCloseTo(1.0, within(0.0));
    }

    @Test
    void emptySampleHasNoGroups() {
        assertThat(GroupMeanComparison.of(WeightedSample.unweighted(), new String[0]))
                .isEmpty();
    }

    @Test
    void rejectsAWrongNumberOfLabels() {
        assertThatThrownBy(() -> GroupMeanComparison.of(WeightedSample.unweighted(1, 2, 3), new String[] {"a"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 labels for 3 observations");
    }

    @Test
    void rejectsANullLabel() {
        String[] labels = {"城区", null};

        assertThatThrownBy(() -> GroupMeanComparison.of(WeightedSample.unweighted(1, 2), labels))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("groupLabels[1]");
    }

    @Test
    void acceptsNegativeValues() {
        List<GroupMean> groups = GroupMeanComparison.of(WeightedSample.unweighted(-1, -3), new String[] {"a", "a"});

        assertThat(groups.get(0).mean()).isEqualTo(-2.0);
    }
}
