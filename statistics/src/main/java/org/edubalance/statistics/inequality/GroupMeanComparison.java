package org.edubalance.statistics.inequality;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.statistics.WeightedSample;

/**
 * Weighted group means and their ratios, for urban : town : rural (城区 : 镇区 : 乡村) comparisons.
 *
 * <p>Each group's mean is the weighted (pooled) mean of its observations, {@code x̄_g = Σ_{i∈g} w_i x_i / W_g} with
 * {@code W_g = Σ_{i∈g} w_i}, the same pooling as the county mean of docs/standards.md §3.1. Values of any sign are
 * accepted. Groups are listed in the order in which their labels first appear in {@code groupLabels}.
 */
public final class GroupMeanComparison {

    private GroupMeanComparison() {}

    /**
     * The weighted mean of one group.
     *
     * @param label the group label as given
     * @param count the number of observations in the group, including those with weight 0
     * @param totalWeight {@code W_g}, the group's total weight (for enrolment weights: its students)
     * @param mean {@code x̄_g} in the unit of the values; {@code NaN} when {@code totalWeight} is 0
     */
    public record GroupMean(String label, int count, double totalWeight, double mean) {}

    /**
     * The weighted mean of every group.
     *
     * @param sample the observations; never {@code null}
     * @param groupLabels one non-null label per observation (for example 城区, 镇区, 乡村); equal strings form a group
     * @return one entry per distinct label, in order of first appearance; empty for an empty sample
     * @throws IllegalArgumentException when the number of labels differs from the sample size
     * @throws NullPointerException when a label is {@code null}
     */
    public static List<GroupMean> of(WeightedSample sample, String[] groupLabels) {
        Grouping grouping = Grouping.of(sample, groupLabels);
        int[] counts = new int[grouping.groupCount()];
        double[] weights = new double[grouping.groupCount()];
        double[] weightedSums = new double[grouping.groupCount()];
        for (int i = 0; i < sample.size(); i++) {
            int group = grouping.groupOf(i);
            counts[group]++;
            weights[group] += sample.weight(i);
            weightedSums[group] += sample.weight(i) * sample.value(i);
        }
        List<GroupMean> groups = new ArrayList<>(grouping.groupCount());
        for (int g = 0; g < grouping.groupCount(); g++) {
            double mean = weights[g] == 0.0 ? Double.NaN : weightedSums[g] / weights[g];
            groups.add(new GroupMean(grouping.label(g), counts[g], weights[g], mean));
        }
        return List.copyOf(groups);
    }

    /**
     * The ratio of two group means, {@code x̄_numerator / x̄_denominator} (for example urban : rural).
     *
     * @param groups the result of {@link #of}
     * @param numeratorLabel the label of the group on top
     * @param denominatorLabel the label of the group below
     * @return the dimensionless ratio; {@code NaN} when either group is missing, either mean is {@code NaN}, or the
     *     denominator's mean is 0
     */
    public static double ratio(List<GroupMean> groups, String numeratorLabel, String denominatorLabel) {
        double numerator = meanOf(groups, numeratorLabel);
        double denominator = meanOf(groups, denominatorLabel);
        return denominator == 0.0 ? Double.NaN : numerator / denominator;
    }

    private static double meanOf(List<GroupMean> groups, String label) {
        for (GroupMean group : groups) {
            if (group.label().equals(label)) {
                return group.mean();
            }
        }
        return Double.NaN;
    }
}
