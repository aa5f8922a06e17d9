package org.edubalance.planning.quota;

/**
 * The quota batch (指标生, docs/planning/quota.md §4.1): for each high school h and junior high j with s_hj > 0, the
 * first s_hj candidates of j in the candidate order whose quota choice is h and whose score reaches h's quota minimum
 * are admitted to h. Walking the whole order once and filling each (h, j) allocation as its candidates come is the
 * same thing, since the order within a junior high is the order overall.
 */
final class QuotaBatch {
    private QuotaBatch() {}

    /**
     * The high school each candidate is admitted to in this batch, -1 when none.
     *
     * @param allocation s_hj by high-school and junior-high index (a row of zeros for a school without quota)
     */
    static int[] admit(QuotaProblem problem, int[] order, int[][] allocation) {
        int[] school = new int[problem.candidates()];
        java.util.Arrays.fill(school, -1);
        int[][] filled = new int[allocation.length][problem.juniorCodes.length];
        for (int i : order) {
            int h = problem.quotaChoice[i];
            if (h < 0) {
                continue;
            }
            int j = problem.junior[i];
            if (filled[h][j] < allocation[h][j] && problem.meetsQuotaMinimum(i, h)) {
                filled[h][j]++;
                school[i] = h;
            }
        }
        return school;
    }
}
