package org.edubalance.core.standard;

/**
 * Per-capita cost factors for splitting a shared school's assets between segments (docs/standards.md §3.5).
 *
 * <p>A nine-year school with A primary and B junior students gives the primary part {@code A·p / (A·p + B·j)}
 * of each asset; a twelve-year school adds {@code C·s12} for C senior students; a complete secondary school
 * gives its junior part {@code B·jc / (B·jc + C·sc)}. National practice: p = 1, j = 1.1, s12 = 1.32, jc = 1,
 * sc = 1.2.
 *
 * @param primary weight of a primary student
 * @param junior weight of a junior student in a one-through school
 * @param seniorInTwelveYear weight of a senior student in a twelve-year school
 * @param juniorInCompleteSecondary weight of a junior student in a complete secondary school
 * @param seniorInCompleteSecondary weight of a senior student in a complete secondary school
 */
public record SplitWeights(
        double primary,
        double junior,
        double seniorInTwelveYear,
        double juniorInCompleteSecondary,
        double seniorInCompleteSecondary) {
    public SplitWeights {
        double[] all = {primary, junior, seniorInTwelveYear, juniorInCompleteSecondary, seniorInCompleteSecondary};
        for (double w : all) {
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("Split weights are positive and finite, got " + w);
            }
        }
    }
}
