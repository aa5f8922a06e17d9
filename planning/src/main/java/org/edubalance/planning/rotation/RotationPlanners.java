package org.edubalance.planning.rotation;

import org.edubalance.planning.SolveListener;
import org.edubalance.planning.SolveSettings;

/** The choice between the rotation planners that the command line and the rotation page both make. */
public final class RotationPlanners {
    private RotationPlanners() {}

    /**
     * Solves {@code problem} with the exact planner where its model {@linkplain RotationMipPlanner#fits fits}, else
     * with the search planner (a long commute limit or a city), both carrying their proven bound.
     */
    public static RotationPlan auto(RotationProblem problem, SolveSettings settings, SolveListener listener) {
        return RotationMipPlanner.fits(problem)
                ? new RotationMipPlanner().solve(problem, settings, listener)
                : new RotationSearchPlanner().solve(problem, settings, listener);
    }
}
