package org.edubalance.planning.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edubalance.planning.groups.GroupFixtures.evaluation;
import static org.edubalance.planning.groups.GroupFixtures.planner;
import static org.edubalance.planning.groups.GroupFixtures.point;
import static org.edubalance.planning.groups.GroupFixtures.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.pairing.GroupPolicy;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.admission.HomeDistance;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The group planner's optimum against the best of every possible plan (docs/planning/groups.md §5): 60 random small
 * counties (2–3 cores, 4–6 members, random sizes, floors and distances), each member to one core or none; the most
 * placed, then the least metres, must be the planner's, and an instance without any plan must be refused.
 */
class GroupPlannerEnumerationTest {
    @Test
    void theOptimumEqualsTheBestOfEveryPossiblePlan() {
        Random random = new Random(11);
        int compared = 0;
        int infeasible = 0;
        for (int round = 0; round < 60; round++) {
            int cores = 2 + random.nextInt(2);
            int members = 4 + random.nextInt(cores == 2 ? 3 : 2);
            List<SchoolEvaluation> schools = new ArrayList<>();
            List<double[]> at = new ArrayList<>();
            for (int k = 0; k < cores + members; k++) {
                double[] p = {random.nextInt(400) / 10.0, random.nextInt(400) / 10.0};
                at.add(p);
                double strength = (cores > k ? 100 + random.nextInt(70) : 60 + random.nextInt(70)) / 100.0;
                schools.add(segment(k < cores ? "C" + k : "M" + k, p[0], p[1], strength));
            }
            int min = 2 + random.nextInt(2);
            GroupPolicy policy = new GroupPolicy(
                    "p", min, min + random.nextInt(3), 0.9 + random.nextInt(3) / 10.0, 15 + random.nextInt(15));
            Set<String> named = new java.util.HashSet<>();
            for (int c = 0; c < cores; c++) {
                named.add("C" + c);
            }
            long[] best = bruteForce(schools, at, cores, policy);
            Evaluation evaluation = evaluation(schools);
            if (best == null) {
                assertThatThrownBy(() -> planner(policy).plan(evaluation, "130199", named))
                        .isInstanceOf(PlanningProblemInvalidException.class);
                infeasible++;
                continue;
            }
            GroupPlan plan = planner(policy).plan(evaluation, "130199", named);
            assertThat(plan.summary().placed()).as("round %d", round).isEqualTo(best[0]);
            assertThat(Math.round(plan.summary().totalKm() * 1000))
                    .as("round %d", round)
                    .isEqualTo(best[1]);
            assertThat(plan.summary().status()).isEqualTo(PlanningStatus.OPTIMAL);
            assertThat(GroupPlanChecker.check(plan, evaluation, policy, named)).isEmpty();
            compared++;
        }
        // Both kinds of instance occur: the comparison is not vacuous.
        assertThat(compared).isGreaterThan(20);
        assertThat(infeasible).isPositive();
    }

    /** {most placed, least metres among those} over every assignment of the members to a core or none; null: none. */
    private static long @Nullable [] bruteForce(
            List<SchoolEvaluation> all, List<double[]> at, int cores, GroupPolicy p) {
        int n = all.size() - cores;
        int[] choice = new int[n];
        long[] best = null;
        long f = Math.round(p.minMeanStrength() * 1e6);
        for (long code = 0; code < Math.pow(cores + 1, n); code++) {
            long rest = code;
            for (int j = 0; j < n; j++) {
                choice[j] = (int) (rest % (cores + 1)) - 1;
                rest /= cores + 1;
            }
            int[] size = new int[cores];
            long[] surplus = new long[cores];
            for (int c = 0; c < cores; c++) {
                size[c] = 1;
                surplus[c] = micro(all.get(c)) - f;
            }
            long placed = 0;
            long metres = 0;
            boolean ok = true;
            for (int j = 0; j < n && ok; j++) {
                int c = choice[j];
                if (c < 0) {
                    continue;
                }
                double km = HomeDistance.km(point(at.get(c)), point(at.get(cores + j)));
                ok = km <= p.maxDistanceKm();
                size[c]++;
                surplus[c] += micro(all.get(cores + j)) - f;
                placed++;
                metres += Math.round(km * 1000);
            }
            for (int c = 0; c < cores && ok; c++) {
                ok = size[c] >= p.minSize() && size[c] <= p.maxSize() && surplus[c] >= 0;
            }
            if (ok && (best == null || placed > best[0] || (placed == best[0] && metres < best[1]))) {
                best = new long[] {placed, metres};
            }
        }
        return best;
    }

    private static long micro(SchoolEvaluation s) {
        return Math.round(s.scores().getFirst().ratio() * 1e6);
    }
}
