package org.edubalance.statistics.inequality;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.statistics.WeightedSample;
import org.edubalance.statistics.inequality.GroupMeanComparison.GroupMean;
import org.edubalance.statistics.inequality.TheilDecomposition.GroupShare;

/**
 * The population-weighted Theil T index (泰尔指数), additively decomposable by groups such as urban, town and rural
 * schools or townships.
 *
 * <p>Formula: {@code T = Σ_i (w_i / W) (x_i / x̄) ln(x_i / x̄)} with {@code W = Σ w_i},
 * {@code x̄ = Σ w_i x_i / W} and the convention {@code 0 · ln 0 = 0} (Theil, "Economics and Information Theory",
 * 1967; the population-weighted form as in Shorrocks 1980). Natural logarithm. Dimensionless, at least 0 and at
 * most {@code ln(W / w_min)} with {@code w_min} the smallest positive weight.
 *
 * <p>Evaluated as {@code T = (1/W) Σ_i w_i (r_i ln r_i − r_i + 1)} with {@code r_i = x_i / x̄}, algebraically equal
 * because {@code Σ w_i r_i = W}; every term is non-negative, which keeps nearly equal samples accurate.
 *
 * <p>Follows the {@link InequalityMeasure} contract: {@code NaN} when empty, total weight 0 or mean 0; exactly 0 for
 * one observation or equal values; {@link IllegalArgumentException} for a negative value. Use the stateless
 * {@link #INSTANCE}.
 */
public final class TheilIndex implements InequalityMeasure {

    /** The only instance (the measure has no parameters); name {@code "theil-t"}. */
    public static final TheilIndex INSTANCE = new TheilIndex();

    private TheilIndex() {}

    @Override
    public String name() {
        return "theil-t";
    }

    @Override
    public double evaluate(WeightedSample sample) {
        double mean = NonNegativeDomain.evaluableMean(name(), sample);
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        if (NonNegativeDomain.isEqualDistribution(sample)) {
            return 0.0;
        }
        double sum = 0.0;
        for (int i = 0; i < sample.size(); i++) {
            double ratio = sample.value(i) / mean;
            double entropyTerm = ratio == 0.0 ? 0.0 : ratio * Math.log(ratio);
            sum += sample.weight(i) * (entropyTerm - ratio + 1.0);
        }
        return sum / sample.totalWeight();
    }

    /**
     * Splits the Theil T of the sample into between-group and within-group components (see
     * {@link TheilDecomposition} for the formulas).
     *
     * @param sample the observations, values {@code >= 0}; never {@code null}
     * @param groupLabels one non-null label per observation; equal strings form a group; groups are reported in
     *     order of first appearance
     * @return the decomposition; {@code total} is {@link #evaluate}{@code (sample)}, and
     *     {@code between + within == total} up to 1e-12
     * @throws IllegalArgumentException when a value is negative or the number of labels differs from the sample
     *     size
     * @throws NullPointerException when a label is {@code null}
     */
    public TheilDecomposition decompose(WeightedSample sample, String[] groupLabels) {
        double total = evaluate(sample);
        double mean = NonNegativeDomain.evaluableMean(name(), sample);
        Grouping grouping = Grouping.of(sample, groupLabels);
        List<GroupMean> means = GroupMeanComparison.of(sample, groupLabels);
        List<GroupShare> groups = new ArrayList<>(means.size());
        double between = 0.0;
        double within = 0.0;
        for (int g = 0; g < means.size(); g++) {
            GroupMean group = means.get(g);
            double weightShare = group.totalWeight() / sample.totalWeight();
            double groupTheil = evaluate(grouping.subsample(sample, g));
            double valueShare = weightShare * group.mean() / mean;
            // A group without weight or without value has value share 0 and, by 0 · ln 0 = 0, contributes nothing.
            boolean hasValueShare = group.totalWeight() > 0.0 && group.mean() > 0.0;
            double contribution = hasValueShare ? valueShare * groupTheil : 0.0;
            between += hasValueShare ? valueShare * Math.log(group.mean() / mean) : 0.0;
            within += contribution;
            groups.add(
                    new GroupShare(group.label(), group.count(), weightShare, group.mean(), groupTheil, contribution));
        }
        if (Double.isNaN(total)) {
            return notEvaluable(groups);
        }
        return new TheilDecomposition(total, between, within, groups);
    }

    private static TheilDecomposition notEvaluable(List<GroupShare> groups) {
        List<GroupShare> withoutContributions = new ArrayList<>(groups.size());
        for (GroupShare group : groups) {
            withoutContributions.add(new GroupShare(
                    group.label(), group.count(), group.weightShare(), group.mean(), group.theil(), Double.NaN));
        }
        return new TheilDecomposition(Double.NaN, Double.NaN, Double.NaN, withoutContributions);
    }

    @Override
    public String toString() {
        return name();
    }
}
