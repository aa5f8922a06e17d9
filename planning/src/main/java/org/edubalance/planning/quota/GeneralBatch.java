package org.edubalance.planning.quota;

import org.jspecify.annotations.Nullable;

/**
 * The general batch (统招, 平行志愿, docs/planning/quota.md §4.2): a high school's general seats are its seats less the
 * quota seats it filled; the candidates not admitted in the quota batch, in the candidate order, each go to the first
 * school of their choices with a general seat left; the rest are unplaced. The counterfactual without quotas is this
 * batch with every seat general and every candidate taking part.
 */
final class GeneralBatch {
    private GeneralBatch() {}

    /**
     * The high school each candidate is admitted to in this batch, -1 when none (and for those admitted earlier).
     *
     * @param generalSeats per high school, consumed as candidates are admitted
     * @param admittedEarlier per candidate, the quota batch's school (≥ 0: takes no part), or null when all take part
     */
    static int[] admit(QuotaProblem problem, int[] order, int[] generalSeats, int @Nullable [] admittedEarlier) {
        int[] left = generalSeats.clone();
        int[] school = new int[problem.candidates()];
        java.util.Arrays.fill(school, -1);
        for (int i : order) {
            if (admittedEarlier != null && admittedEarlier[i] >= 0) {
                continue;
            }
            for (int h : problem.choices[i]) {
                if (left[h] > 0) {
                    left[h]--;
                    school[i] = h;
                    break;
                }
            }
        }
        return school;
    }
}
