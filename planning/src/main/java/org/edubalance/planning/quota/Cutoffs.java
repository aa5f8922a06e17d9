package org.edubalance.planning.quota;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.planning.quota.QuotaResult.Cutoff;

/**
 * The cut-offs (分数线, docs/planning/quota.md §4.3): the score of the last candidate, in the candidate order, admitted
 * to each school's general batch and to each (school, junior high) quota allocation that admitted anyone. Listed by
 * school code, the general batch first, then the quota allocations by junior-high code.
 */
final class Cutoffs {
    private Cutoffs() {}

    static List<Cutoff> of(QuotaProblem problem, int[] order, int[] quota, int[] general) {
        int highs = problem.highSchools.length;
        int juniors = problem.juniorCodes.length;
        int[] lastGeneral = new int[highs];
        int[][] lastQuota = new int[highs][juniors];
        java.util.Arrays.fill(lastGeneral, -1);
        for (int[] row : lastQuota) {
            java.util.Arrays.fill(row, -1);
        }
        // The order is walked to its end, so the last candidate seen at a school is its last admitted.
        for (int i : order) {
            if (quota[i] >= 0) {
                lastQuota[quota[i]][problem.junior[i]] = i;
            } else if (general[i] >= 0) {
                lastGeneral[general[i]] = i;
            }
        }
        List<Cutoff> cutoffs = new ArrayList<>();
        for (int h = 0; h < highs; h++) {
            String school = problem.highSchools[h].code();
            if (lastGeneral[h] >= 0) {
                cutoffs.add(new Cutoff(
                        school,
                        Batch.GENERAL,
                        null,
                        problem.candidate(lastGeneral[h]).score()));
            }
            for (int j = 0; j < juniors; j++) {
                int last = lastQuota[h][j];
                if (last >= 0) {
                    cutoffs.add(new Cutoff(
                            school,
                            Batch.QUOTA,
                            problem.juniorCodes[j],
                            problem.candidate(last).score()));
                }
            }
        }
        return cutoffs;
    }
}
