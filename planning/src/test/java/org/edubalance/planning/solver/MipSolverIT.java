package org.edubalance.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import java.time.Duration;
import org.edubalance.planning.PlanningStatus;
import org.junit.jupiter.api.Test;

/**
 * The wrapper on models small enough to solve by hand: minimise {@code x + 2y} with {@code x + y ≥ need}, x and y
 * binary (or between 0 and 1 for the relaxation).
 */
class MipSolverIT {

    @Test
    void solvesABinaryModelToItsProvenOptimum() {
        try (MipSolver solver = model(MipSolver.Backend.HIGHS, 1)) {
            MipResult result = solver.solve(Duration.ofSeconds(10), 1, Double.NaN);

            // x = 1, y = 0 costs 1; y alone costs 2; both cost 3.
            assertThat(result.objective()).isEqualTo(1.0);
            assertThat(result.status(false)).isEqualTo(PlanningStatus.OPTIMAL);
            assertThat(result.provenBound(() -> Double.NaN)).isEqualTo(1.0);
        }
    }

    @Test
    void aModelWithoutAPlanIsInfeasible() {
        try (MipSolver solver = model(MipSolver.Backend.HIGHS, 3)) {
            MipResult result = solver.solve(Duration.ofSeconds(10), 1, Double.NaN);

            // Two binaries sum to at most 2 < 3.
            assertThat(result.found()).isFalse();
            assertThat(result.status(false)).isEqualTo(PlanningStatus.INFEASIBLE);
        }
    }

    @Test
    void aCutoffBelowTheOptimumLeavesNoPlan() {
        try (MipSolver solver = model(MipSolver.Backend.HIGHS, 1)) {
            MipResult result = solver.solve(Duration.ofSeconds(10), 1, 0.5);

            assertThat(result.found()).isFalse();
        }
    }

    @Test
    void aTimeLimitUsedUpByTheModelStillGivesTheSolverItsSecond() {
        try (MipSolver solver = model(MipSolver.Backend.HIGHS, 1)) {
            MipResult result = solver.solve(Duration.ofMillis(-200), 1, Double.NaN);

            assertThat(result.objective()).isEqualTo(1.0);
        }
    }

    @Test
    void theLinearRelaxationSolvesToTheEnd() {
        try (MipSolver solver = model(MipSolver.Backend.HIGHS_LP, 1.5)) {
            MipResult result = solver.solveWithoutTimeLimit();

            // x = 1, y = 0.5: 1 + 2 × 0.5 = 2.
            assertThat(result.optimal()).isTrue();
            assertThat(result.objective()).isEqualTo(2.0);
        }
    }

    private static MipSolver model(MipSolver.Backend backend, double need) {
        MipSolver solver = MipSolver.of(backend);
        MPSolver model = solver.model();
        boolean integer = backend == MipSolver.Backend.HIGHS;
        var x = model.makeVar(0, 1, integer, "x");
        var y = model.makeVar(0, 1, integer, "y");
        MPConstraint atLeast = model.makeConstraint(need, Double.POSITIVE_INFINITY, "need");
        atLeast.setCoefficient(x, 1);
        atLeast.setCoefficient(y, 1);
        model.objective().setCoefficient(x, 1);
        model.objective().setCoefficient(y, 2);
        model.objective().setMinimization();
        return solver;
    }
}
