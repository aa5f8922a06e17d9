package org.edubalance.planning.rotation;

import java.time.Duration;
import java.util.List;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.PlanningStatus;

/**
 * A rotation plan and how good it is provably.
 *
 * @param moves the moves, by teacher id
 * @param status how the solve ended; without a plan ({@code INFEASIBLE}, {@code TIME_LIMIT}, {@code NOT_SOLVED}) there
 *     are no moves
 * @param objective the plan's objective value (balance deviation plus mover penalty)
 * @param balance the balance part of the objective: the weighted mean absolute deviation from the county values,
 *     relative to them, summed over indicators and segments (0 = perfectly even)
 * @param bound the best proven lower bound on any plan's objective
 * @param solver the solver that produced the plan
 * @param elapsed how long the solve took
 */
public record RotationPlan(
        List<Move> moves,
        PlanningStatus status,
        double objective,
        double balance,
        double bound,
        String solver,
        Duration elapsed) {
    public RotationPlan {
        moves = List.copyOf(moves);
    }

    /**
     * The relative gap to the best possible plan: {@code (objective − bound) / |objective|}, 0 when proven optimal,
     * NaN without a plan.
     */
    public double gap() {
        return PlanningOutcome.gap(objective, bound);
    }

    /** The solve's outcome, as every planner reports it. */
    public PlanningOutcome outcome() {
        return PlanningOutcome.of(status, objective, bound, solver, elapsed);
    }
}
