package org.edubalance.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.planning.PlanningStatus;
import org.junit.jupiter.api.Test;

class MipResultTest {

    @Test
    void anOptimalPlanIsItsOwnBoundAndNeedsNoRelaxation() {
        var optimal = new MipResult("OPTIMAL", 4.0);

        assertThat(optimal.provenBound(() -> {
                    throw new AssertionError("the relaxation is not solved for an optimal plan");
                }))
                .isEqualTo(4.0);
        assertThat(optimal.status(false)).isEqualTo(PlanningStatus.OPTIMAL);
    }

    @Test
    void aPlanCutShortTakesTheRelaxationsBoundButNeverAboveItself() {
        var cutShort = new MipResult("FEASIBLE", 4.0);

        assertThat(cutShort.provenBound(() -> 3.0)).isEqualTo(3.0);
        // A relaxation solved less tightly than the plan (numerics): the plan itself is the bound then.
        assertThat(cutShort.provenBound(() -> 5.0)).isEqualTo(4.0);
        assertThat(cutShort.status(true)).isEqualTo(PlanningStatus.FEASIBLE);
    }

    @Test
    void withoutAPlanNothingIsProvenAndTheTimeLimitDecidesTheStatus() {
        var none = new MipResult("NOT_SOLVED", Double.NaN);

        assertThat(none.found()).isFalse();
        assertThat(none.provenBound(() -> 1.0)).isNaN();
        assertThat(none.status(true)).isEqualTo(PlanningStatus.TIME_LIMIT);
        assertThat(none.status(false)).isEqualTo(PlanningStatus.NOT_SOLVED);
        assertThat(new MipResult("INFEASIBLE", Double.NaN).status(true)).isEqualTo(PlanningStatus.INFEASIBLE);
    }
}
