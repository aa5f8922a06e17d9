package org.edubalance.planning.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.core.zoning.ZoningSchool;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.edubalance.planning.admission.HomeDistance;
import org.junit.jupiter.api.Test;

/**
 * The planner's optimum against every plan of a small county, enumerated: 3 × 4 blocks and 3 schools give 3^9 plans (1.3 seats per entrant)
 * of the nine blocks that hold no school; the checker says which are valid, and the cheapest valid one is the optimum.
 */
class ZoningOptimumTest {
    @Test
    void theExactOptimumIsTheCheapestOfAllValidPlans() {
        for (long seed = 1; seed <= 4; seed++) {
            ZoningArea area = GridCounty.random(3, 4, 3, 1.3, seed);
            ZoningPlan plan = ZoningPlanner.plan(
                    area, ZoningPins.NONE, new SolveSettings(Duration.ofSeconds(10), 1), SolveListener.IGNORE);
            assertThat(plan.outcome().status()).isEqualTo(PlanningStatus.OPTIMAL);
            double optimum = bruteForce(area);
            // OPTIMAL means within the contract's 1e-4 of the bound; the bound is below the true optimum.
            assertThat(plan.outcome().objective()).isBetween(optimum - 1e-9, optimum * (1 + 1e-4));
            assertThat(plan.outcome().bound()).isLessThanOrEqualTo(optimum + 1e-9);
        }
    }

    private static double bruteForce(ZoningArea area) {
        List<String> free = area.blocks().stream()
                .map(b -> b.id())
                .filter(id -> area.schools().stream().noneMatch(s -> s.blockId().equals(id)))
                .toList();
        List<ZoningSchool> schools = area.schools();
        double best = Double.POSITIVE_INFINITY;
        int plans = (int) Math.pow(schools.size(), free.size());
        for (int code = 0; code < plans; code++) {
            Map<String, SchoolCode> plan = new HashMap<>();
            schools.forEach(s -> plan.put(s.blockId(), s.code()));
            int rest = code;
            for (String block : free) {
                plan.put(block, schools.get(rest % schools.size()).code());
                rest /= schools.size();
            }
            if (ZoningPlanChecker.check(area, ZoningPins.NONE, plan).passed()) {
                best = Math.min(best, studentKm(area, plan));
            }
        }
        return best;
    }

    private static double studentKm(ZoningArea area, Map<String, SchoolCode> plan) {
        double sum = 0;
        for (var block : area.blocks()) {
            ZoningSchool school = area.schools().stream()
                    .filter(s -> s.code().equals(plan.get(block.id())))
                    .findFirst()
                    .orElseThrow();
            var site = area.blocks().stream()
                    .filter(b -> b.id().equals(school.blockId()))
                    .findFirst()
                    .orElseThrow()
                    .position();
            sum += block.children(6 - 1) * HomeDistance.km(block.position(), site);
        }
        return sum;
    }
}
