package org.edubalance.statistics.inequality;

import org.edubalance.statistics.WeightedSample;

/**
 * A relative inequality measure over a {@link WeightedSample}: 0 means perfect equality, larger means more unequal.
 *
 * <p>Contract every implementation keeps (checked for each of them by one shared contract test):
 *
 * <ul>
 *   <li><b>Not evaluable gives NaN, never a silent 0.</b> {@link #evaluate} returns {@code NaN} for an empty sample,
 *       a total weight of 0 and a weighted mean of 0 (docs/standards.md §3.4: "{@code x̄ = 0} makes the CV undefined;
 *       report NaN and do not treat it as pass"). These checks come first, so a sample whose values are all 0 is
 *       not evaluable rather than perfectly equal.
 *   <li><b>Equality gives 0.</b> A single observation, or observations that all have the same value, give exactly
 *       0 (docs/standards.md §3.4: "fewer than 2 schools: CV = 0 by formula"). Observations with weight 0 are ignored.
 *   <li><b>Domain.</b> Measures defined only for non-negative values (Gini, Theil, CV) throw
 *       {@link IllegalArgumentException} when any value is negative, whatever its weight.
 *   <li><b>Scale invariance.</b> Multiplying every value by the same {@code c > 0} (for example "per student" vs "per
 *       100 students", 元 vs 万元) does not change the result; nor does multiplying every weight by {@code c > 0}.
 *   <li><b>Permutation invariance.</b> The order of the observations does not matter.
 *   <li><b>Pigou–Dalton transfer principle.</b> Moving resources from a richer to a poorer unit without reversing
 *       their order, keeping the measure's mean (for weighted measures the weighted total {@code Σ w_i x_i}), strictly
 *       lowers the result.
 * </ul>
 *
 * <p>Results are unrounded; round only for display (docs/standards.md §3.4, §10). Results above 1 are legitimate for the
 * CV and must never be clamped (docs/standards.md §10). Implementations are immutable and thread-safe.
 */
public interface InequalityMeasure {

    /**
     * A short, stable, English identifier of the measure (for logs, report keys and test names; not localised).
     *
     * @return for example {@code "weighted-cv"}, {@code "gini"} or {@code "theil-t"}
     */
    String name();

    /**
     * Evaluates the measure.
     *
     * @param sample the observations and their weights; never {@code null}
     * @return the unrounded, dimensionless value ({@code >= 0}); {@code NaN} when not evaluable (see the contract
     *     above)
     * @throws IllegalArgumentException when the measure is defined only for non-negative values and a value is
     *     negative
     */
    double evaluate(WeightedSample sample);
}
