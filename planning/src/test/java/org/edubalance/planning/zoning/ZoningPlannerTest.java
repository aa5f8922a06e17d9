package org.edubalance.planning.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.edubalance.core.zoning.ZoningArea;
import org.edubalance.core.zoning.ZoningPins;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;
import org.junit.jupiter.api.Test;

class ZoningPlannerTest {
    private static final SolveSettings TEN_SECONDS = new SolveSettings(Duration.ofSeconds(10), 1);

    @Test
    void aRandomDistrictIsZonedOptimallyAndPassesTheChecker() {
        ZoningArea area = GridCounty.random(12, 12, 6, 1.15, 7);
        ZoningPlan plan = ZoningPlanner.plan(area, ZoningPins.NONE, TEN_SECONDS, SolveListener.IGNORE);
        assertThat(plan.checks().passed()).isTrue();
        assertThat(plan.outcome().status()).isEqualTo(PlanningStatus.OPTIMAL);
        assertThat(plan.outcome().bound()).isLessThanOrEqualTo(plan.outcome().objective());
        assertThat(plan.blocks()).hasSize(144);
    }

    @Test
    void theSearchAloneGivesAConnectedPlanWithItsGap() {
        ZoningArea area = GridCounty.random(20, 20, 10, 1.1, 3);
        ZoningPlan plan = ZoningPlanner.plan(
                area, ZoningPins.NONE, TEN_SECONDS, ZoningPlanner.Method.SEARCH, null, SolveListener.IGNORE);
        ZoningPlan exact = ZoningPlanner.plan(area, ZoningPins.NONE, TEN_SECONDS, SolveListener.IGNORE);
        assertThat(plan.checks().passed()).isTrue();
        assertThat(exact.checks().passed()).isTrue();
        // Each bound is below both plans: a bound holds for every plan, not just its own.
        assertThat(exact.outcome().objective())
                .isGreaterThanOrEqualTo(plan.outcome().bound() - 1e-6);
        assertThat(plan.outcome().objective())
                .isGreaterThanOrEqualTo(exact.outcome().bound() - 1e-6);
        assertThat(plan.outcome().gap()).isLessThan(0.01);
    }
}
