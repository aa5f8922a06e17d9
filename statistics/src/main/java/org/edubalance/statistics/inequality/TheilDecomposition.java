package org.edubalance.statistics.inequality;

import java.util.List;

/**
 * The additive decomposition of the Theil T index over groups: {@code total = between + within}.
 *
 * <p>With group weight share {@code ω_g = W_g / W}, group mean {@code x̄_g} and value share
 * {@code s_g = ω_g x̄_g / x̄}: {@code between = Σ_g s_g ln(x̄_g / x̄)} (the Theil index of the group means) and
 * {@code within = Σ_g s_g T_g} (the group indices weighted by their value shares). Shorrocks, "The class of additively
 * decomposable inequality measures", Econometrica 48(3), 1980. Groups with value share 0 contribute 0 to both terms.
 *
 * <p>When the whole sample is not evaluable ({@link TheilIndex#evaluate} gives {@code NaN}), {@code total},
 * {@code between}, {@code within} and every {@code contributionToWithin} are {@code NaN}; the group rows still carry
 * their count, weight share, mean and index where those are defined.
 *
 * @param total the Theil T of the whole sample, dimensionless
 * @param between the between-group component, {@code >= 0}
 * @param within the within-group component, {@code >= 0}; {@code between + within} equals {@code total} up to
 *     rounding (1e-12)
 * @param groups one entry per group, in order of first appearance of the label; unmodifiable
 */
public record TheilDecomposition(double total, double between, double within, List<GroupShare> groups) {

    /**
     * One group's part of the decomposition.
     *
     * @param label the group label as given
     * @param count the number of observations in the group, including those with weight 0
     * @param weightShare {@code ω_g = W_g / W}, in {@code [0, 1]} (for enrolment weights: share of the students)
     * @param mean {@code x̄_g}, the weighted mean of the group, in the unit of the values; {@code NaN} when
     *     {@code W_g = 0}
     * @param theil {@code T_g}, the Theil T within the group; {@code NaN} when the group is not evaluable on its own
     *     ({@code W_g = 0} or {@code x̄_g = 0}); 0 for a group with one school
     * @param contributionToWithin {@code s_g T_g}, this group's part of {@code within} (0 when {@code s_g = 0})
     */
    public record GroupShare(
            String label, int count, double weightShare, double mean, double theil, double contributionToWithin) {}

    /** Copies {@code groups} into an unmodifiable list. */
    public TheilDecomposition {
        groups = List.copyOf(groups);
    }
}
