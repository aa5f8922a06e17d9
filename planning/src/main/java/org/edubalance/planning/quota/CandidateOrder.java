package org.edubalance.planning.quota;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.edubalance.core.quota.Candidate;
import org.jspecify.annotations.Nullable;

/**
 * The order of candidates (docs/planning/quota.md §4): {@code score} descending, then {@code tie1}, {@code tie2},
 * {@code tie3} descending with a blank below any number, then the lottery number ascending. Both batches and the
 * counterfactual walk this one order.
 *
 * <p>Sorting 100,000 candidates by BigDecimal comparisons is slow, so the scores are compared as whole numbers at the
 * common decimal scale of the round when they fit in a long (they always do for exam scores); otherwise the exact
 * BigDecimal comparison decides. Either way the order is the same.
 */
final class CandidateOrder {
    private static final int KEYS = 4;
    private static final int MAX_WHOLE_SCALE = 18;

    private CandidateOrder() {}

    /** Candidate indices, first to last. */
    static int[] of(List<Candidate> candidates, String[] lotteryNumbers) {
        int n = candidates.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long[] keys = wholeKeys(candidates);
        Comparator<Integer> byScores = keys != null
                ? (a, b) -> compareKeys(keys, a, b)
                : (a, b) -> compareExactly(candidates.get(a), candidates.get(b));
        java.util.Arrays.sort(order, byScores.thenComparing(i -> lotteryNumbers[i]));
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = order[i];
        }
        return result;
    }

    /** Negative when candidate {@code a} comes before {@code b} on the scores alone (0: the lottery decides). */
    static int compareExactly(Candidate a, Candidate b) {
        int c = b.score().compareTo(a.score());
        if (c == 0) {
            c = compareTie(a.tie1(), b.tie1());
        }
        if (c == 0) {
            c = compareTie(a.tie2(), b.tie2());
        }
        if (c == 0) {
            c = compareTie(a.tie3(), b.tie3());
        }
        return c;
    }

    /** Descending, a blank below any number. */
    private static int compareTie(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return b.compareTo(a);
    }

    private static int compareKeys(long[] keys, int a, int b) {
        int base = a * KEYS;
        int other = b * KEYS;
        for (int k = 0; k < KEYS; k++) {
            int c = Long.compare(keys[other + k], keys[base + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * score, tie1–3 of each candidate as whole numbers at the largest scale found (blank = Long.MIN_VALUE, below every
     * value that fits), or null when one of them does not fit in a long at that scale.
     */
    private static long @Nullable [] wholeKeys(List<Candidate> candidates) {
        int scale = 0;
        for (Candidate c : candidates) {
            scale = Math.max(scale, scaleOf(c.score()));
            scale = Math.max(scale, scaleOf(c.tie1()));
            scale = Math.max(scale, scaleOf(c.tie2()));
            scale = Math.max(scale, scaleOf(c.tie3()));
        }
        if (scale > MAX_WHOLE_SCALE) {
            return null;
        }
        long[] keys = new long[candidates.size() * KEYS];
        int i = 0;
        for (Candidate c : candidates) {
            for (BigDecimal value : new BigDecimal[] {c.score(), c.tie1(), c.tie2(), c.tie3()}) {
                if (value == null) {
                    keys[i++] = Long.MIN_VALUE;
                    continue;
                }
                var whole = value.setScale(scale).unscaledValue();
                if (whole.bitLength() >= Long.SIZE - 1) {
                    return null;
                }
                keys[i++] = whole.longValue();
            }
        }
        return keys;
    }

    private static int scaleOf(@Nullable BigDecimal value) {
        // The written scale (600.0 has 1): a common scale only needs to be large enough, not the least one.
        return value == null ? 0 : Math.max(0, value.scale());
    }
}
