package org.edubalance.planning.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.edubalance.core.rotation.Direction;
import org.edubalance.core.rotation.RotationPolicy;
import org.edubalance.planning.SolveSettings;
import org.junit.jupiter.api.Test;

class RotationSearchPlannerIT {

    @Test
    void theLocalSearchPlanMeetsEveryRuleAndCarriesABoundBelowIt() {
        RotationPolicy policy = RotationMipPlannerIT.policy(15, Direction.ANY, 0.002);
        RotationProblem problem = new RotationProblemFactory(policy)
                .create(
                        RotationMipPlannerIT.SCHOOLS,
                        RotationMipPlannerIT.ROSTER,
                        RotationMipPlannerIT.COUNTY,
                        2025,
                        Map.of(),
                        Map.of());

        RotationPlan search = new RotationSearchPlanner().solve(problem, SolveSettings.seconds(30));
        PlanCheck check = new RotationPlanChecker(policy)
                .check(
                        RotationMipPlannerIT.SCHOOLS,
                        RotationMipPlannerIT.ROSTER,
                        RotationMipPlannerIT.COUNTY,
                        2025,
                        search.moves(),
                        Map.of(),
                        Map.of());

        assertThat(search.status()).isEqualTo("FEASIBLE");
        assertThat(check.isValid())
                .as(check.violations() + " " + check.checks())
                .isTrue();
        assertThat(search.moves().size()).isGreaterThanOrEqualTo(problem.minimumMovers());
        assertThat(search.bound()).isPositive().isLessThanOrEqualTo(search.objective());
        assertThat(search.gap()).isBetween(0.0, 1.0);
    }
}
