package org.edubalance.planning.rotation;

import java.time.Duration;
import java.util.List;

/**
 * A rotation plan and how good it is provably.
 *
 * @param moves the moves, by teacher id
 * @param status {@code OPTIMAL} (proven within the solver's tolerance), {@code FEASIBLE} (time limit reached with a
 *     plan), {@code INFEASIBLE} (no plan meets every rule; no moves) or {@code NOT_SOLVED} (no plan found in time)
 * @param objective the plan's objective value (balance deviation plus mover penalty)
 * @param balance the balance part of the objective: the weighted mean absolute deviation from the county values,
 *     relative to them, summed over indicators and segments (0 = perfectly even)
 * @param bound the best proven lower bound on any plan's objective
 * @param solver the solver that produced the plan
 * @param elapsed how long the solve took
 */
public record RotationPlan(
        List<Move> moves,
        String status,
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
        if (Double.isNaN(objective) || Double.isNaN(bound)) {
            return Double.NaN;
        }
        double gap = (objective - bound) / Math.max(Math.abs(objective), 1e-9);
        return Math.max(0, gap);
    }
}
