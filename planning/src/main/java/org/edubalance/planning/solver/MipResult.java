package org.edubalance.planning.solver;

import java.util.function.DoubleSupplier;
import org.edubalance.planning.PlanningStatus;

/**
 * What one solve returned.
 *
 * @param solverStatus the solver's status in its own words ({@code OPTIMAL}, {@code FEASIBLE}, {@code INFEASIBLE},
 *     {@code NOT_SOLVED}, …)
 * @param objective the objective of the plan found; NaN without one
 */
public record MipResult(String solverStatus, double objective) {

    /** Whether the solve found a plan. */
    public boolean found() {
        return !Double.isNaN(objective);
    }

    /** Whether the plan is proven best. */
    public boolean optimal() {
        return "OPTIMAL".equals(solverStatus);
    }

    /** How the solve ended, given whether it ran into its time limit. */
    public PlanningStatus status(boolean timeLimitReached) {
        return PlanningStatus.ofSolver(solverStatus, timeLimitReached);
    }

    /**
     * The best proven lower bound on any plan's objective: the objective itself when optimal; otherwise the smaller of
     * the objective and {@code relaxation} (asked only then: a linear relaxation's optimum, say), since OR-Tools
     * reports HiGHS's incumbent as its "best bound" when the time limit cuts the search short; NaN without a plan.
     */
    public double provenBound(DoubleSupplier relaxation) {
        if (optimal()) {
            return objective;
        }
        return found() ? Math.min(objective, relaxation.getAsDouble()) : Double.NaN;
    }
}
